import { UserError } from "../errors/user-error.js";
import type { GitHubClient } from "./github-client.js";

/** GitHub refuses a workflow_dispatch input value longer than this many characters. */
export const DISPATCH_INPUT_LIMIT = 1000;

export interface WorkflowDispatch {
  owner: string;
  repo: string;
  /** The workflow's file name (retrain-manually.yml) or numeric id. */
  workflow: string;
  /** The branch or tag; the repository's default branch when absent. */
  ref?: string | undefined;
  inputs: Record<string, string>;
}

/**
 * Starts a workflow run through `POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches`.
 * The token needs `actions: write`. Input values are cut to GitHub's limit. Returns the ref it ran on.
 */
export async function dispatchWorkflow(client: GitHubClient, dispatch: WorkflowDispatch): Promise<string> {
  const ref =
    dispatch.ref ??
    ((await client.rest.repos.get({ owner: dispatch.owner, repo: dispatch.repo })).data
      .default_branch as string);
  const inputs = Object.fromEntries(
    Object.entries(dispatch.inputs).map(([name, value]) => [
      name,
      value.length > DISPATCH_INPUT_LIMIT ? `${value.slice(0, DISPATCH_INPUT_LIMIT - 1)}…` : value,
    ]),
  );
  try {
    await client.rest.actions.createWorkflowDispatch({
      owner: dispatch.owner,
      repo: dispatch.repo,
      workflow_id: dispatch.workflow,
      ref,
      inputs,
    });
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 403)
      throw new UserError(
        `could not start ${dispatch.workflow}: the token may not dispatch workflows (403); give the monitoring job \`permissions: actions: write\``,
      );
    if (status === 404 || status === 422)
      throw new UserError(
        `could not start ${dispatch.workflow} on ${ref} in ${dispatch.owner}/${dispatch.repo} (${status}): the workflow must exist on that ref, have a workflow_dispatch trigger and declare the inputs ${Object.keys(inputs).join(", ")} (monitor.workflow and monitor.ref in trainyard.yml)`,
      );
    throw error;
  }
  return ref;
}
