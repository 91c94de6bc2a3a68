import { defineConfig } from "vitest/config";

const json = process.env.VITEST_JSON;

/**
 * The suites that take long: fuzzing, hostile and large inputs, the headless browser, other tools'
 * conversions of the plans, and type-checking every doc example. `pnpm test` runs the rest (the
 * everyday run); `pnpm test:all` and `pnpm check`, as CI, run both.
 */
const slow = [
  "test/fuzz/**/*.test.ts",
  "test/report/browser.test.ts",
  "test/variants/**/*.test.ts",
  "test/docs/examples.test.ts",
];

export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    testTimeout: 20_000,
    // CI asks for a JSON summary as well, to print a plain closing line.
    reporters: json ? ["default", ["json", { outputFile: json }]] : ["default"],
    projects: [
      { extends: true, test: { name: "fast", include: ["test/**/*.test.ts"], exclude: slow } },
      { extends: true, test: { name: "slow", include: slow } },
    ],
  },
});
