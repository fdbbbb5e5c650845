import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { LocalStore } from "../../../src/store/local-store.js";
import { openStore } from "../../../src/store/open-store.js";
import { S3Store } from "../../../src/store/s3-store.js";

describe("openStore", () => {
  it("opens a path or file:// URI as a LocalStore", async () => {
    const dir = join(tmpdir(), "trainyard-open-store");
    const fromPath = await openStore("store", { cwd: dir });
    expect(fromPath).toBeInstanceOf(LocalStore);
    expect(fromPath.uri).toBe(pathToFileURL(resolve(dir, "store")).href);
    const fromUri = await openStore(pathToFileURL(dir).href);
    expect(fromUri.uri).toBe(pathToFileURL(dir).href);
  });

  it("opens s3:// as an S3Store with endpoint and region from the environment", async () => {
    const store = await openStore("s3://my-bucket/team/data sets/", {
      env: {
        AWS_ENDPOINT_URL_S3: "http://127.0.0.1:9",
        AWS_ENDPOINT_URL: "http://127.0.0.1:8",
        AWS_REGION: "eu-west-1",
      },
    });
    expect(store).toBeInstanceOf(S3Store);
    const s3 = store as S3Store;
    expect(s3.uri).toBe("s3://my-bucket/team/data sets");
    expect(s3.bucket).toBe("my-bucket");
    expect(s3.prefix).toBe("team/data sets");
    expect(await s3.client.config.region()).toBe("eu-west-1");
    const endpoint = await s3.client.config.endpoint?.();
    expect(`${endpoint?.hostname}:${endpoint?.port}`).toBe("127.0.0.1:9");
    expect(s3.client.config.forcePathStyle).toBe(true);
  });

  it("falls back to AWS_ENDPOINT_URL, us-east-1 and credentials from the given environment", async () => {
    const store = (await openStore("s3://bucket", {
      env: {
        AWS_ENDPOINT_URL: "http://127.0.0.1:8",
        AWS_ACCESS_KEY_ID: "id",
        AWS_SECRET_ACCESS_KEY: "secret",
      },
    })) as S3Store;
    expect(store.uri).toBe("s3://bucket");
    expect(store.prefix).toBe("");
    expect(await store.client.config.region()).toBe("us-east-1");
    const credentials = await store.client.config.credentials();
    expect(credentials).toMatchObject({ accessKeyId: "id", secretAccessKey: "secret" });
    expect((await store.client.config.endpoint?.())?.port).toBe(8);
  });

  it("lets explicit options win over the environment", async () => {
    const store = (await openStore("s3://bucket/p", {
      endpoint: "http://127.0.0.1:7",
      region: "ap-south-1",
      forcePathStyle: false,
      env: { AWS_ENDPOINT_URL_S3: "http://127.0.0.1:9", AWS_REGION: "eu-west-1" },
    })) as S3Store;
    expect(await store.client.config.region()).toBe("ap-south-1");
    expect((await store.client.config.endpoint?.())?.port).toBe(7);
    expect(store.client.config.forcePathStyle).toBe(false);
  });

  it("rejects other schemes and malformed S3 URIs clearly", async () => {
    await expect(openStore("gs://bucket/x", { env: {} })).rejects.toThrow(/gs:\/\/ is not supported/);
    await expect(openStore("https://example.com/x", { env: {} })).rejects.toThrow(/unsupported store/);
    await expect(openStore("s3:///prefix", { env: {} })).rejects.toThrow(/expected s3:\/\/bucket/);
    await expect(openStore("", { env: {} })).rejects.toThrow(/no store given/);
  });
});
