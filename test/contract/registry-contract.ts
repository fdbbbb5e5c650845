import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ModelVersion, Registry, Tracker } from "../../src/tracking/ports.js";
import { expectTrackingError, uniqueName } from "./tracker-contract.js";

export interface RegistryBackend {
  registry: Registry;
  /** The tracker of the same backend, for runs that versions come from. */
  tracker: Tracker;
}

/**
 * The behaviour every Registry promises, with MLflow's semantics (versions as strings from "1", aliases on
 * the registered model). Each test registers its own uniquely named model, so the suite also runs against
 * a shared, long-lived server.
 */
export function describeRegistryContract(name: string, makeRegistry: () => Promise<RegistryBackend>): void {
  describe(`Registry contract: ${name}`, () => {
    let registry: Registry;
    let tracker: Tracker;
    let experimentId: string;

    beforeAll(async () => {
      ({ registry, tracker } = await makeRegistry());
      experimentId = await tracker.ensureExperiment(uniqueName("registry-contract"));
    });

    const newRun = async () => tracker.createRun({ experimentId });
    const newModel = async () => {
      const model = uniqueName("model");
      await registry.ensureRegisteredModel(model);
      return model;
    };
    const register = async (model: string, tags?: Record<string, string>): Promise<ModelVersion> => {
      const run = await newRun();
      return registry.createModelVersion({
        name: model,
        source: `${run.artifactUri}/model`,
        runId: run.runId,
        ...(tags !== undefined && { tags }),
      });
    };
    const versionsOf = (list: ModelVersion[]) => list.map((v) => v.version);

    it("ensureRegisteredModel creates the model once and returns it unchanged after", async () => {
      const model = uniqueName("model");
      const created = await registry.ensureRegisteredModel(model, {
        tags: { "trainyard.owner": "ml-team" },
        description: "churn classifier",
      });
      expect(created).toMatchObject({ name: model, tags: { "trainyard.owner": "ml-team" }, aliases: {} });
      const again = await registry.ensureRegisteredModel(model);
      expect(again).toMatchObject({ name: model, tags: { "trainyard.owner": "ml-team" }, aliases: {} });
      const read = await registry.getRegisteredModel(model);
      expect(read).toMatchObject({ name: model, tags: { "trainyard.owner": "ml-team" }, aliases: {} });
      expect(read?.description).toBe("churn classifier");
    });

    it("concurrent ensureRegisteredModel calls for a new name all succeed", async () => {
      const model = uniqueName("model");
      const results = await Promise.all(
        Array.from({ length: 5 }, () => registry.ensureRegisteredModel(model)),
      );
      expect(results.map((r) => r.name)).toEqual(Array(5).fill(model));
    });

    it("getRegisteredModel of an unknown model is undefined", async () => {
      expect(await registry.getRegisteredModel(uniqueName("absent"))).toBeUndefined();
    });

    it("createModelVersion numbers versions from 1, READY at once, with run, source and tags", async () => {
      const model = await newModel();
      const run = await newRun();
      const source = `${run.artifactUri}/model`;
      const first = await registry.createModelVersion({
        name: model,
        source,
        runId: run.runId,
        tags: { "trainyard.commit": "abc123" },
      });
      expect(first).toMatchObject({
        name: model,
        version: "1",
        runId: run.runId,
        source,
        status: "READY",
        tags: { "trainyard.commit": "abc123" },
        aliases: [],
      });
      expect(first.creationTimestamp).toBeGreaterThan(0);
      expect(await registry.getModelVersion(model, "1")).toMatchObject({
        version: "1",
        runId: run.runId,
        source,
        status: "READY",
        tags: { "trainyard.commit": "abc123" },
      });
      expect((await register(model)).version).toBe("2");
    });

    it("concurrent createModelVersion calls get distinct consecutive versions", async () => {
      const model = await newModel();
      const runs = await Promise.all(Array.from({ length: 4 }, () => newRun()));
      const created = await Promise.all(
        runs.map((run) =>
          registry.createModelVersion({ name: model, source: `${run.artifactUri}/model`, runId: run.runId }),
        ),
      );
      expect(versionsOf(created).sort()).toEqual(["1", "2", "3", "4"]);
      for (const version of created) {
        expect((await registry.getModelVersion(model, version.version))?.runId).toBe(version.runId);
      }
    });

    it("createModelVersion for an unknown model fails with RESOURCE_DOES_NOT_EXIST", async () => {
      const run = await newRun();
      await expectTrackingError(
        registry.createModelVersion({
          name: uniqueName("absent"),
          source: `${run.artifactUri}/model`,
          runId: run.runId,
        }),
        "RESOURCE_DOES_NOT_EXIST",
      );
    });

    it("listModelVersions lists every version newest first", async () => {
      const model = await newModel();
      expect(await registry.listModelVersions(model)).toEqual([]);
      for (let i = 0; i < 3; i++) await register(model);
      expect(versionsOf(await registry.listModelVersions(model))).toEqual(["3", "2", "1"]);
    });

    it("findModelVersionByRunId finds the version made from a run, or nothing", async () => {
      const model = await newModel();
      const first = await register(model);
      const second = await register(model);
      expect((await registry.findModelVersionByRunId(model, second.runId as string))?.version).toBe("2");
      expect((await registry.findModelVersionByRunId(model, first.runId as string))?.version).toBe("1");
      expect(await registry.findModelVersionByRunId(model, randomBytes(16).toString("hex"))).toBeUndefined();
    });

    it("sets and overwrites model version tags", async () => {
      const model = await newModel();
      await register(model, { "trainyard.stage": "candidate" });
      await registry.setModelVersionTag(model, "1", "trainyard.approved_by", "octocat");
      await registry.setModelVersionTag(model, "1", "trainyard.stage", "approved");
      expect((await registry.getModelVersion(model, "1"))?.tags).toMatchObject({
        "trainyard.stage": "approved",
        "trainyard.approved_by": "octocat",
      });
    });

    it("getModelVersion of a missing version is undefined", async () => {
      const model = await newModel();
      await register(model);
      expect(await registry.getModelVersion(model, "99")).toBeUndefined();
      expect(await registry.getModelVersion(uniqueName("absent"), "1")).toBeUndefined();
    });

    it("withPromotionLock never lets two holders of one model overlap, and releases on failure", async () => {
      const model = await newModel();
      let inside = 0;
      let most = 0;
      const hold = async (i: number) =>
        registry.withPromotionLock(model, async () => {
          inside++;
          most = Math.max(most, inside);
          await new Promise((done) => setTimeout(done, 20));
          inside--;
          if (i === 0) throw new Error("the holder fails");
          return i;
        });
      const results = await Promise.allSettled([0, 1, 2, 3].map(hold));
      expect(most).toBe(1);
      expect(results.map((result) => result.status)).toEqual([
        "rejected",
        "fulfilled",
        "fulfilled",
        "fulfilled",
      ]);
      expect(await registry.withPromotionLock(model, async () => "free again")).toBe("free again");
    });

    it("sets, resolves, moves and deletes aliases", async () => {
      const model = await newModel();
      await register(model);
      await register(model);

      await registry.setAlias(model, "champion", "1");
      const champion = await registry.getVersionByAlias(model, "champion");
      expect(champion).toMatchObject({ name: model, version: "1", aliases: ["champion"] });
      expect((await registry.getRegisteredModel(model))?.aliases).toEqual({ champion: "1" });

      await registry.setAlias(model, "challenger", "2");
      await registry.setAlias(model, "champion", "2");
      const moved = await registry.getVersionByAlias(model, "champion");
      expect(moved?.version).toBe("2");
      expect([...(moved?.aliases ?? [])].sort()).toEqual(["challenger", "champion"]);
      expect((await registry.getModelVersion(model, "1"))?.aliases).toEqual([]);
      expect((await registry.getRegisteredModel(model))?.aliases).toEqual({ champion: "2", challenger: "2" });

      await registry.deleteAlias(model, "champion");
      expect(await registry.getVersionByAlias(model, "champion")).toBeUndefined();
      expect((await registry.getVersionByAlias(model, "challenger"))?.version).toBe("2");
      expect((await registry.getRegisteredModel(model))?.aliases).toEqual({ challenger: "2" });
    });

    it("getVersionByAlias of an alias that is not set is undefined", async () => {
      const model = await newModel();
      await register(model);
      expect(await registry.getVersionByAlias(model, "champion")).toBeUndefined();
    });

    it("rejects reserved and malformed alias names with INVALID_PARAMETER_VALUE", async () => {
      const model = await newModel();
      await register(model);
      for (const alias of ["latest", "v1", "V12", "has space", "slash/alias", ""]) {
        await expectTrackingError(registry.setAlias(model, alias, "1"), "INVALID_PARAMETER_VALUE");
      }
      expect((await registry.getRegisteredModel(model))?.aliases).toEqual({});
    });

    it("setAlias to a missing version fails with RESOURCE_DOES_NOT_EXIST", async () => {
      const model = await newModel();
      await register(model);
      await expectTrackingError(registry.setAlias(model, "champion", "7"), "RESOURCE_DOES_NOT_EXIST");
    });

    it("deleting a version removes its aliases and never reuses its number", async () => {
      const model = await newModel();
      for (let i = 0; i < 3; i++) await register(model);
      await registry.setAlias(model, "champion", "3");
      await registry.setAlias(model, "challenger", "2");
      await registry.deleteModelVersion(model, "3");
      expect(await registry.getModelVersion(model, "3")).toBeUndefined();
      expect(await registry.getVersionByAlias(model, "champion")).toBeUndefined();
      expect((await registry.getRegisteredModel(model))?.aliases).toEqual({ challenger: "2" });
      expect(versionsOf(await registry.listModelVersions(model))).toEqual(["2", "1"]);
      expect((await register(model)).version).toBe("4");
      await expectTrackingError(registry.deleteModelVersion(model, "3"), "RESOURCE_DOES_NOT_EXIST");
    });
  });
}
