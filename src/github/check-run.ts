import type { Octokit } from "@octokit/rest";

/** GitHub refuses a check run's output summary or text longer than this many characters. */
export const CHECK_OUTPUT_LIMIT = 65_535;

export interface CheckRunTarget {
  owner: string;
  repo: string;
  /** The commit the check belongs to: a pull request's head commit. */
  headSha: string;
  /** The check's name, e.g. `trainyard / churn-classifier`; branch protection requires it by this name. */
  name: string;
  conclusion: "success" | "failure" | "neutral";
  title: string;
  summary: string;
  text?: string;
  /** Where the full report is (the workflow run). */
  detailsUrl?: string;
}

export interface CheckRunResult {
  action: "created" | "updated";
  id: number;
  url: string;
}

function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = "\n\n… (cut to fit GitHub's limit; the full report is linked above)";
  return text.slice(0, limit - note.length) + note;
}

/**
 * Keeps one completed check run of this name on the commit: updates the one a previous job (or attempt) made,
 * else creates it. GET /repos/{owner}/{repo}/commits/{ref}/check-runs finds it by name.
 */
export async function upsertCheckRun(octokit: Octokit, target: CheckRunTarget): Promise<CheckRunResult> {
  const ref = { owner: target.owner, repo: target.repo };
  const fields = {
    status: "completed" as const,
    conclusion: target.conclusion,
    completed_at: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
    output: {
      title: target.title.slice(0, 255),
      summary: clip(target.summary, CHECK_OUTPUT_LIMIT),
      ...(target.text ? { text: clip(target.text, CHECK_OUTPUT_LIMIT) } : {}),
    },
  };
  const { data } = await octokit.rest.checks.listForRef({
    ...ref,
    ref: target.headSha,
    check_name: target.name,
    filter: "latest",
    per_page: 100,
  });
  const existing = data.check_runs.find((run) => run.name === target.name && run.head_sha === target.headSha);
  if (existing) {
    const { data: updated } = await octokit.rest.checks.update({
      ...ref,
      check_run_id: existing.id,
      ...fields,
    });
    return { action: "updated", id: updated.id, url: updated.html_url ?? updated.url };
  }
  const { data: created } = await octokit.rest.checks.create({
    ...ref,
    name: target.name,
    head_sha: target.headSha,
    ...fields,
  });
  return { action: "created", id: created.id, url: created.html_url ?? created.url };
}
