import { mkdir, readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { mapWithConcurrency } from "../../store/parallel.js";
import { type ArtifactEntry, TrackingError } from "../ports.js";
import { ARTIFACTS_PATH, artifactUrlPath, joinArtifactPath } from "./artifact-paths.js";
import type { MlflowHttp } from "./mlflow-http.js";
import { ArtifactListResponse, toArtifactEntry } from "./mlflow-schemas.js";

/**
 * Artifact transfers through the tracking server's artifact proxy (`/api/2.0/mlflow-artifacts/`). Every
 * path here is relative to a run's artifact root, which is `root` on the proxy.
 */
export class ArtifactProxy {
  constructor(
    private readonly http: MlflowHttp,
    private readonly concurrency: number,
  ) {}

  async uploadFile(root: string, localFile: string, path: string): Promise<void> {
    if (path === "") {
      throw new TrackingError(
        "an artifact file needs a path below the run's artifact root",
        "INVALID_PARAMETER_VALUE",
      );
    }
    const info = await stat(localFile);
    if (!info.isFile()) throw new TrackingError(`${localFile} is not a file`, "INVALID_PARAMETER_VALUE");
    await this.http.putFile(artifactUrlPath(joinArtifactPath(root, path)), localFile, info.size);
  }

  async uploadDir(root: string, localDir: string, path: string): Promise<void> {
    const files = await filesUnder(localDir);
    await mapWithConcurrency(files, this.concurrency, (file) =>
      this.uploadFile(root, join(localDir, ...file.split("/")), joinArtifactPath(path, file)),
    );
  }

  async list(root: string, path: string): Promise<ArtifactEntry[]> {
    const response = await this.http.json(
      "GET",
      ARTIFACTS_PATH,
      { path: joinArtifactPath(root, path) },
      ArtifactListResponse,
      { retry: true },
    );
    return response.files.map((file) => toArtifactEntry(path, file, safeName(file.path)));
  }

  /** Downloads a file, or a directory with everything below it, to `destination`. */
  async download(root: string, path: string, destination: string): Promise<void> {
    const entries = await this.list(root, path);
    if (entries.length === 0 && path !== "") {
      // Listing a file (or nothing) gives no entries: fetch it as a file, which fails if it is absent.
      await this.http.getToFile(artifactUrlPath(joinArtifactPath(root, path)), destination);
      return;
    }
    const files = await this.walk(root, entries);
    await mkdir(destination, { recursive: true });
    const base = resolve(destination);
    await mapWithConcurrency(files, this.concurrency, async (file) => {
      const below = path === "" ? file : file.slice(path.length + 1);
      const target = resolve(base, ...below.split("/"));
      if (!target.startsWith(base + sep)) {
        throw new TrackingError(
          `refusing to write artifact "${file}" outside ${destination}`,
          "INVALID_RESPONSE",
        );
      }
      await this.http.getToFile(artifactUrlPath(joinArtifactPath(root, file)), target);
    });
  }

  /** Every file below the given entries, listing subdirectories level by level. */
  private async walk(root: string, entries: ArtifactEntry[]): Promise<string[]> {
    const files: string[] = [];
    let level = entries;
    while (level.length > 0) {
      const dirs: string[] = [];
      for (const entry of level) (entry.isDir ? dirs : files).push(entry.path);
      const listed = await mapWithConcurrency(dirs, this.concurrency, (dir) => this.list(root, dir));
      level = listed.flat();
    }
    return files;
  }
}

/** An entry name from the server, refused if it could climb out of the directory it is written into. */
function safeName(path: string): string {
  const name = path.replace(/\/+$/, "").split("/").at(-1) ?? "";
  if (name === "" || name === "." || name === ".." || name.includes("\\")) {
    throw new TrackingError(`the artifact listing contains an unusable name "${path}"`, "INVALID_RESPONSE");
  }
  return name;
}

/** The files below `dir` (following symbolic links to files), as `/`-separated relative paths. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(entry.parentPath, entry.name);
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(full)).isFile());
    if (isFile) files.push(relative(dir, full).split(sep).join("/"));
  }
  return files.sort();
}
