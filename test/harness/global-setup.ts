import type { TestProject } from "vitest/node";
import { actionNode, startMlflowServer, startS3Server } from "./test-servers.js";

declare module "vitest" {
  export interface ProvidedContext {
    mlflowUri: string;
    s3Endpoint: string;
    /** The Node that runs action bundles: .node-version's, as GitHub's runner has it for node24. */
    actionNode: string;
  }
}

/** Starts the real servers the integration tests talk to, once per run, and stops them afterwards. */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const [mlflow, s3] = await Promise.all([startMlflowServer(), startS3Server()]);
  console.log(`test servers: MLflow at ${mlflow.url}, S3 at ${s3.url} (${Date.now() - started} ms)`);
  project.provide("mlflowUri", mlflow.url);
  project.provide("s3Endpoint", s3.url);
  project.provide("actionNode", actionNode());
  return async () => {
    await Promise.all([mlflow.stop(), s3.stop()]);
  };
}
