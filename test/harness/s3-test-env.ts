import { S3Client } from "@aws-sdk/client-s3";
import { inject } from "vitest";

/** The moto server's endpoint, and the environment and client a test uses to reach it (dummy credentials). */
export function s3TestEnvironment() {
  const endpoint = inject("s3Endpoint");
  const env = {
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_REGION: "us-east-1",
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
  const client = new S3Client({
    endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
  });
  return { endpoint, env, client };
}
