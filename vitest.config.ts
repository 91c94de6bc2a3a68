import { defineConfig } from "vitest/config";

const json = process.env.VITEST_JSON;

export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    // CI asks for a JSON summary as well, to print a plain closing line.
    reporters: json ? ["default", ["json", { outputFile: json }]] : ["default"],
  },
});
