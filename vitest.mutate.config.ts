import { defineConfig } from "vitest/config";

/**
 * The vitest set-up of `pnpm mutate`: only the test files that reach the mutated module (chosen by
 * scripts/mutate.mjs, in MUTATE_TESTS), with the text memo off so every mutant is run, not read
 * back from a memo filled before it was applied.
 */
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: (process.env.MUTATE_TESTS ?? "").split(",").filter(Boolean),
    setupFiles: ["test/helpers/memo-off.ts"],
    testTimeout: 60_000,
  },
});
