import { setTextMemoisation } from "@ofsted-action-plans/core/authoring";

// For mutation testing: each mutant must run the code, not find its answer memoised.
setTextMemoisation(false);
