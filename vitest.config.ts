import { defineConfig } from "vitest/config";

// Two projects: `unit` runs pure tests with no servers; `integration` starts a real MLflow tracking server
// and a real S3-compatible server on 127.0.0.1 (test/harness/global-setup.ts) before its files run.
export default defineConfig({
  test: {
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
          globalSetup: ["test/harness/global-setup.ts"],
        },
      },
    ],
  },
});
