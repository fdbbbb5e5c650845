import { userInfo } from "node:os";
import type { CodeRecord } from "../config/contracts/lineage.js";
import type { GitState } from "./git-state.js";

/** Where the code came from: the git state, and on GitHub the repository, ref, run URL, trigger and actor. */
export function codeRecord(git: GitState, env: Readonly<Record<string, string | undefined>>): CodeRecord {
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const repository = env.GITHUB_REPOSITORY;
  const runUrl =
    repository && env.GITHUB_RUN_ID
      ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ""}`
      : undefined;
  const commit = git.commit ?? env.GITHUB_SHA;
  return {
    ...(commit ? { commit } : {}),
    ...(git.dirty !== undefined ? { dirty: git.dirty } : {}),
    ...(repository ? { repository } : {}),
    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
    ...(runUrl ? { workflowRunUrl: runUrl } : {}),
    ...(env.GITHUB_EVENT_NAME ? { trigger: env.GITHUB_EVENT_NAME } : {}),
    ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
  };
}

/** The local user's name, for records made outside GitHub. */
export function localUserName(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}
