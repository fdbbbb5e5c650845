import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type CheckRun,
  checkRun,
  type EnvironmentApproval,
  environment,
  environmentApproval,
  fullRepository,
  githubTime,
  type Issue,
  type IssueComment,
  issue,
  issueComment,
  type PullRequestReview,
  pullRequestReview,
  type RepositoryOptions,
} from "./github-api-fixtures.js";
import { type DescribedOperation, loadGitHubDescription } from "./github-openapi.js";

/**
 * A GitHub REST API emulator on 127.0.0.1 for the endpoints trainyard calls, holding its state in memory.
 * Every request and every response it sends is checked against GitHub's OpenAPI description: a mismatch is
 * answered with 400 and recorded in `violations`, so a test that ends with `violations` empty has only
 * exchanged what GitHub documents.
 */

export interface Violation {
  phase: "route" | "request" | "response" | "emulator";
  method: string;
  url: string;
  operationId?: string;
  problems: string[];
}

export interface RecordedRequest {
  method: string;
  url: string;
  operationId?: string;
  status: number;
  authenticated: boolean;
}

/** A canned answer for the next matching request(s), as GitHub sends for rate limits or missing permissions. */
export interface InjectedFault {
  operationId?: string;
  method?: string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests it answers; 1 unless told. */
  times?: number;
}

export interface IssueRef {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface RunRef {
  owner: string;
  repo: string;
  runId: number;
}

/** A workflow_dispatch the emulator received: the run GitHub would start. */
export interface WorkflowDispatchRecord {
  owner: string;
  repo: string;
  workflowId: string;
  ref: string;
  inputs: Record<string, unknown>;
  at: Date;
}

export interface ApprovalSeed {
  login: string;
  state: EnvironmentApproval["state"];
  comment?: string;
  environments: string[];
}

const DOCS = "https://docs.github.com/rest";
const COMMENT_LIMIT = 65_536;

function repoKey(owner: string, repo: string): string {
  return `${owner}/${repo}`.toLowerCase();
}

/** The emulator's memory: comments per issue, review history per workflow run, repository settings. */
export class GitHubApiState {
  /** The login the token belongs to; comments created through the API are authored by it. */
  actor = "github-actions[bot]";
  private nextCommentId = 1_000_001;
  private readonly commentsByIssue = new Map<string, IssueComment[]>();
  private readonly approvalsByRun = new Map<string, EnvironmentApproval[]>();
  private readonly repositories = new Map<string, RepositoryOptions>();
  /** Every workflow_dispatch received, oldest first. */
  readonly dispatches: WorkflowDispatchRecord[] = [];
  private readonly environments = new Map<string, { reviewers: string[]; preventSelfReview: boolean }>();
  private readonly reviewsByPull = new Map<string, PullRequestReview[]>();
  private readonly issuesByRepo = new Map<string, Issue[]>();
  private readonly teams = new Map<string, Set<string>>();
  private readonly checkRunsByRepo = new Map<string, CheckRun[]>();
  private nextReviewId = 80_000_001;
  private nextIssueNumber = 501;
  private nextCheckRunId = 4_000_000_001;

  constructor(private readonly baseUrl: string) {}

  /** @internal The emulator's own address, for URLs in answers. */
  get baseUrlForFixtures(): string {
    return this.baseUrl;
  }

  /** Makes an environment known with these required reviewers (none: an environment without protection). */
  setEnvironment(
    owner: string,
    repo: string,
    name: string,
    reviewers: string[],
    preventSelfReview = false,
  ): void {
    this.environments.set(`${repoKey(owner, repo)}/${name.toLowerCase()}`, { reviewers, preventSelfReview });
  }

  /** @internal */
  environment(owner: string, repo: string, name: string): Record<string, unknown> | undefined {
    const found = this.environments.get(`${repoKey(owner, repo)}/${name.toLowerCase()}`);
    return found ? environment(this.baseUrl, { owner, repo, name, ...found }) : undefined;
  }

  /** Submits a review on a pull request, as `login` at `at` (now unless told). */
  addReview(
    ref: IssueRef,
    login: string,
    state: PullRequestReview["state"],
    body = "",
    at = new Date(),
  ): PullRequestReview {
    const review = pullRequestReview(this.baseUrl, {
      id: this.nextReviewId++,
      owner: ref.owner,
      repo: ref.repo,
      pullNumber: ref.issueNumber,
      login,
      state,
      body,
      at,
      commitId: "0123456789abcdef0123456789abcdef01234567",
    });
    const key = this.issueKey(ref);
    this.reviewsByPull.set(key, [...(this.reviewsByPull.get(key) ?? []), review]);
    return review;
  }

  /** @internal */
  reviews(ref: IssueRef): PullRequestReview[] {
    return [...(this.reviewsByPull.get(this.issueKey(ref)) ?? [])];
  }

  /** The issues of a repository, oldest first (the objects themselves). */
  issues(owner: string, repo: string): Issue[] {
    return this.issuesByRepo.get(repoKey(owner, repo)) ?? [];
  }

  /** @internal */
  addIssue(owner: string, repo: string, title: string, body: string, login: string): Issue {
    const created = issue(this.baseUrl, {
      owner,
      repo,
      number: this.nextIssueNumber++,
      title,
      body,
      login,
      at: new Date(),
    });
    this.issuesByRepo.set(repoKey(owner, repo), [...this.issues(owner, repo), created]);
    return created;
  }

  /** Makes `org/team` known with these active members. */
  setTeam(org: string, slug: string, members: string[]): void {
    this.teams.set(`${org}/${slug}`.toLowerCase(), new Set(members.map((m) => m.toLowerCase())));
  }

  /** @internal */
  teamMembers(org: string, slug: string): Set<string> | undefined {
    return this.teams.get(`${org}/${slug}`.toLowerCase());
  }

  /** The check runs of a repository, in creation order (the objects themselves). */
  checkRuns(owner: string, repo: string): CheckRun[] {
    return this.checkRunsByRepo.get(repoKey(owner, repo)) ?? [];
  }

  /** @internal */
  addCheckRun(owner: string, repo: string, name: string, headSha: string): CheckRun {
    const run = checkRun(this.baseUrl, { id: this.nextCheckRunId++, owner, repo, name, headSha });
    this.checkRunsByRepo.set(repoKey(owner, repo), [...this.checkRuns(owner, repo), run]);
    return run;
  }

  /** Adds comments to an issue (or pull request) as if people had written them, oldest first. */
  seedComments(ref: IssueRef, bodies: string[], login = "octocat"): IssueComment[] {
    return bodies.map((body) => this.addComment(ref, body, login));
  }

  /** The comments of an issue, oldest first (a copy). */
  comments(ref: IssueRef): IssueComment[] {
    return [...(this.commentsByIssue.get(this.issueKey(ref)) ?? [])];
  }

  /** Makes a workflow run known with this review history (oldest first). */
  seedApprovals(ref: RunRef, approvals: ApprovalSeed[]): void {
    const list = this.approvalsByRun.get(this.runKey(ref)) ?? [];
    for (const seed of approvals) {
      list.push(
        environmentApproval(
          this.baseUrl,
          {
            owner: ref.owner,
            repo: ref.repo,
            login: seed.login,
            state: seed.state,
            comment: seed.comment ?? "",
          },
          seed.environments,
        ),
      );
    }
    this.approvalsByRun.set(this.runKey(ref), list);
  }

  setRepository(owner: string, repo: string, options: RepositoryOptions): void {
    this.repositories.set(repoKey(owner, repo), options);
  }

  /** @internal */
  addComment(ref: IssueRef, body: string, login: string): IssueComment {
    const comment = issueComment(this.baseUrl, {
      id: this.nextCommentId++,
      owner: ref.owner,
      repo: ref.repo,
      issueNumber: ref.issueNumber,
      body,
      login,
      at: new Date(),
    });
    const key = this.issueKey(ref);
    this.commentsByIssue.set(key, [...(this.commentsByIssue.get(key) ?? []), comment]);
    return comment;
  }

  /** @internal */
  findComment(
    owner: string,
    repo: string,
    id: number,
  ): { comment: IssueComment; list: IssueComment[] } | undefined {
    const prefix = `${repoKey(owner, repo)}#`;
    for (const [key, list] of this.commentsByIssue) {
      if (!key.startsWith(prefix)) continue;
      const comment = list.find((c) => c.id === id);
      if (comment) return { comment, list };
    }
    return undefined;
  }

  /** @internal */
  approvals(ref: RunRef): EnvironmentApproval[] | undefined {
    return this.approvalsByRun.get(this.runKey(ref));
  }

  /** @internal */
  repository(owner: string, repo: string): Record<string, unknown> {
    return fullRepository(this.baseUrl, owner, repo, this.repositories.get(repoKey(owner, repo)));
  }

  private issueKey(ref: IssueRef): string {
    return `${repoKey(ref.owner, ref.repo)}#${ref.issueNumber}`;
  }

  private runKey(ref: RunRef): string {
    return `${repoKey(ref.owner, ref.repo)}/runs/${ref.runId}`;
  }
}

interface EmulatorResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface HandlerInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  url: URL;
}

const notFound = (): EmulatorResponse => ({
  status: 404,
  body: { message: "Not Found", documentation_url: DOCS, status: "404" },
});

function validationFailed(message: string): EmulatorResponse {
  return {
    status: 422,
    body: {
      message: "Validation Failed",
      errors: [{ resource: "IssueComment", code: "custom", field: "body", message }],
      documentation_url: DOCS,
      status: "422",
    },
  };
}

function checkCommentBody(body: string): EmulatorResponse | undefined {
  if (body.trim().length === 0) return validationFailed("body cannot be blank");
  if (body.length > COMMENT_LIMIT) {
    return validationFailed(`body is too long (maximum is ${COMMENT_LIMIT} characters)`);
  }
  return undefined;
}

/** GitHub's Link header: first, prev, next and last pages, each keeping the other query parameters. */
function linkHeader(url: URL, page: number, lastPage: number): string | undefined {
  const link = (target: number, rel: string) => {
    const next = new URL(url);
    next.searchParams.set("page", String(target));
    return `<${next.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(page - 1, "prev"));
  if (page < lastPage) parts.push(link(page + 1, "next"), link(lastPage, "last"));
  if (page > 1) parts.push(link(1, "first"));
  return parts.length > 0 ? parts.join(", ") : undefined;
}

interface CheckRunFields {
  name?: string;
  details_url?: string;
  external_id?: string;
  status?: "queued" | "in_progress" | "completed";
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string };
}

/** What GitHub does with a create or update body: a conclusion completes the run. */
function applyCheckRun(run: CheckRun, fields: CheckRunFields): void {
  if (fields.name !== undefined) run.name = fields.name;
  if (fields.details_url !== undefined) run.details_url = fields.details_url;
  if (fields.external_id !== undefined) run.external_id = fields.external_id;
  if (fields.status !== undefined) run.status = fields.status;
  if (fields.started_at !== undefined) run.started_at = fields.started_at;
  if (fields.conclusion !== undefined) {
    run.conclusion = fields.conclusion;
    run.status = "completed";
    run.completed_at = fields.completed_at ?? githubTime();
  }
  if (fields.output) {
    run.output.title = fields.output.title ?? run.output.title;
    run.output.summary = fields.output.summary ?? run.output.summary;
    run.output.text = fields.output.text ?? run.output.text;
  }
}

function paged<T>(items: T[], query: Record<string, unknown>, url: URL): EmulatorResponse {
  const perPage = Math.min(Math.max(Number(query.per_page ?? 30), 1), 100);
  const page = Math.max(Number(query.page ?? 1), 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const headers: Record<string, string> = {};
  const link = linkHeader(url, page, lastPage);
  if (link) headers.link = link;
  return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers };
}

function handlers(state: GitHubApiState): Record<string, (input: HandlerInput) => EmulatorResponse> {
  const str = (value: unknown) => String(value);
  return {
    "issues/list-comments": ({ path, query, url }) => {
      let comments = state.comments({
        owner: str(path.owner),
        repo: str(path.repo),
        issueNumber: Number(path.issue_number),
      });
      if (typeof query.since === "string") {
        const since = Date.parse(query.since);
        comments = comments.filter((c) => Date.parse(c.updated_at) >= since);
      }
      const perPage = Math.min(Math.max(Number(query.per_page ?? 30), 1), 100);
      const page = Math.max(Number(query.page ?? 1), 1);
      const lastPage = Math.max(Math.ceil(comments.length / perPage), 1);
      const headers: Record<string, string> = {};
      const link = linkHeader(url, page, lastPage);
      if (link) headers.link = link;
      return { status: 200, body: comments.slice((page - 1) * perPage, page * perPage), headers };
    },
    "issues/create-comment": ({ path, body }) => {
      const text = str((body as { body: string }).body);
      const invalid = checkCommentBody(text);
      if (invalid) return invalid;
      const ref = { owner: str(path.owner), repo: str(path.repo), issueNumber: Number(path.issue_number) };
      const comment = state.addComment(ref, text, state.actor);
      return { status: 201, body: comment, headers: { location: comment.url } };
    },
    "issues/get-comment": ({ path }) => {
      const found = state.findComment(str(path.owner), str(path.repo), Number(path.comment_id));
      return found ? { status: 200, body: found.comment } : notFound();
    },
    "issues/update-comment": ({ path, body }) => {
      const found = state.findComment(str(path.owner), str(path.repo), Number(path.comment_id));
      if (!found) return notFound();
      const text = str((body as { body: string }).body);
      const invalid = checkCommentBody(text);
      if (invalid) return invalid;
      found.comment.body = text;
      found.comment.updated_at = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
      return { status: 200, body: found.comment };
    },
    "issues/delete-comment": ({ path }) => {
      const found = state.findComment(str(path.owner), str(path.repo), Number(path.comment_id));
      if (!found) return notFound();
      found.list.splice(found.list.indexOf(found.comment), 1);
      return { status: 204 };
    },
    "actions/get-reviews-for-run": ({ path }) => {
      const approvals = state.approvals({
        owner: str(path.owner),
        repo: str(path.repo),
        runId: Number(path.run_id),
      });
      return approvals ? { status: 200, body: approvals } : notFound();
    },
    "actions/create-workflow-dispatch": ({ path, body }) => {
      const request = body as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean };
      state.dispatches.push({
        owner: str(path.owner),
        repo: str(path.repo),
        workflowId: str(path.workflow_id),
        ref: request.ref,
        inputs: request.inputs ?? {},
        at: new Date(),
      });
      return { status: 204 };
    },
    "repos/get": ({ path }) => ({ status: 200, body: state.repository(str(path.owner), str(path.repo)) }),
    "repos/get-environment": ({ path }) => {
      const found = state.environment(str(path.owner), str(path.repo), str(path.environment_name));
      return found ? { status: 200, body: found } : notFound();
    },
    "pulls/list-reviews": ({ path, query, url }) => {
      const reviews = state.reviews({
        owner: str(path.owner),
        repo: str(path.repo),
        issueNumber: Number(path.pull_number),
      });
      return paged(reviews, query, url);
    },
    "issues/create": ({ path, body }) => {
      const fields = body as { title: string; body?: string };
      const created = state.addIssue(
        str(path.owner),
        str(path.repo),
        str(fields.title),
        fields.body ?? "",
        state.actor,
      );
      return { status: 201, body: created, headers: { location: created.url } };
    },
    "issues/update": ({ path, body }) => {
      const found = state
        .issues(str(path.owner), str(path.repo))
        .find((i) => i.number === Number(path.issue_number));
      if (!found) return notFound();
      const fields = body as { title?: string; body?: string; state?: "open" | "closed" };
      if (fields.title !== undefined) found.title = fields.title;
      if (fields.body !== undefined) found.body = fields.body;
      if (fields.state !== undefined) {
        found.state = fields.state;
        found.closed_at = fields.state === "closed" ? githubTime() : null;
      }
      found.updated_at = githubTime();
      return { status: 200, body: found };
    },
    "issues/list-for-repo": ({ path, query, url }) => {
      const wanted = str(query.state ?? "open");
      let issues = state
        .issues(str(path.owner), str(path.repo))
        .filter((i) => wanted === "all" || i.state === wanted);
      if (str(query.direction ?? "desc") === "desc") issues = [...issues].reverse();
      return paged(issues, query, url);
    },
    "teams/get-membership-for-user-in-org": ({ path }) => {
      const members = state.teamMembers(str(path.org), str(path.team_slug));
      // GitHub's description gives this 404 no body.
      if (!members?.has(str(path.username).toLowerCase())) return { status: 404 };
      return {
        status: 200,
        body: {
          url: `${state.baseUrlForFixtures}/orgs/${str(path.org)}/teams/${str(path.team_slug)}/memberships/${str(path.username)}`,
          role: "member",
          state: "active",
        },
      };
    },
    "checks/create": ({ path, body }) => {
      const fields = body as CheckRunFields & { name: string; head_sha: string };
      const run = state.addCheckRun(str(path.owner), str(path.repo), fields.name, fields.head_sha);
      applyCheckRun(run, fields);
      return { status: 201, body: run };
    },
    "checks/update": ({ path, body }) => {
      const run = state
        .checkRuns(str(path.owner), str(path.repo))
        .find((r) => r.id === Number(path.check_run_id));
      if (!run) return notFound();
      applyCheckRun(run, body as CheckRunFields);
      return { status: 200, body: run };
    },
    "checks/list-for-ref": ({ path, query }) => {
      const runs = state
        .checkRuns(str(path.owner), str(path.repo))
        .filter((r) => r.head_sha === str(path.ref))
        .filter((r) => query.check_name === undefined || r.name === str(query.check_name))
        .reverse();
      return { status: 200, body: { total_count: runs.length, check_runs: runs } };
    },
  };
}

export interface GitHubApiServer {
  url: string;
  port: number;
  /** Every request or response that did not match the description; tests assert it stays empty. */
  violations: Violation[];
  /** Every request answered, in order (no header values, so no tokens). */
  requests: RecordedRequest[];
  state: GitHubApiState;
  /** The version of the description the checks use. */
  descriptionVersion: string;
  /** How long reading and parsing the description took in this process (0 when already loaded). */
  descriptionLoadMs: number;
  injectFault(fault: InjectedFault): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, answer: EmulatorResponse) {
  const headers: Record<string, string> = {
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "4999",
    "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
    "x-ratelimit-resource": "core",
    ...answer.headers,
  };
  if (answer.body === undefined) {
    response.writeHead(answer.status, headers).end();
    return;
  }
  const text = JSON.stringify(answer.body);
  response
    .writeHead(answer.status, {
      ...headers,
      "content-type": "application/json; charset=utf-8",
      "content-length": String(Buffer.byteLength(text)),
    })
    .end(text);
}

function rejection(message: string, violation: Violation): EmulatorResponse {
  return {
    // Not a mismatch but a gap in the emulator: 501, so a test cannot mistake it for GitHub's answer.
    status: violation.phase === "emulator" ? 501 : 400,
    body: {
      message: `trainyard GitHub API emulator: ${message}`,
      operationId: violation.operationId,
      errors: violation.problems,
    },
  };
}

let alreadyLoaded = false;

/** Starts the emulator on a free port of 127.0.0.1. */
export async function startGitHubApiServer(): Promise<GitHubApiServer> {
  const { description, loadMs } = await loadGitHubDescription();
  const descriptionLoadMs = alreadyLoaded ? 0 : loadMs;
  alreadyLoaded = true;

  const violations: Violation[] = [];
  const requests: RecordedRequest[] = [];
  const faults: InjectedFault[] = [];
  let routes: ReturnType<typeof handlers> = {};

  const takeFault = (operation: DescribedOperation, method: string): InjectedFault | undefined => {
    const index = faults.findIndex(
      (f) =>
        (f.operationId === undefined || f.operationId === operation.operationId) &&
        (f.method === undefined || f.method.toUpperCase() === method),
    );
    const fault = faults[index];
    if (!fault) return undefined;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) faults.splice(index, 1);
    return fault;
  };

  const answer = async (
    request: IncomingMessage,
  ): Promise<{ answer: EmulatorResponse; operationId?: string }> => {
    const method = (request.method ?? "GET").toUpperCase();
    const url = new URL(request.url ?? "/", baseUrl);
    const raw = await readBody(request);
    const reject = (phase: Violation["phase"], problems: string[], message: string, operationId?: string) => {
      const violation: Violation = { phase, method, url: url.pathname + url.search, operationId, problems };
      violations.push(violation);
      return { answer: rejection(message, violation), operationId };
    };

    const route = description.match(method, url.pathname);
    if (route.kind === "no-path") {
      return reject("route", [`no path in the description matches ${url.pathname}`], "unknown path");
    }
    if (route.kind === "no-method") {
      const allowed = route.methods.map((m) => m.toUpperCase()).join(", ");
      return reject("route", [`${route.template} describes ${allowed}, not ${method}`], "unknown method");
    }
    const { operation, pathParams } = route.match;
    const operationId = operation.operationId;

    let body: unknown;
    const problems: string[] = [];
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        problems.push("request body is not valid JSON");
      }
    }
    const parameters = operation.checkParameters(pathParams, url.searchParams);
    problems.push(...parameters.problems);
    if (problems.length === 0)
      problems.push(...operation.checkRequestBody(body, request.headers["content-type"]));
    if (problems.length > 0) {
      return reject("request", problems, "request does not match GitHub's OpenAPI description", operationId);
    }

    let result: EmulatorResponse;
    const fault = takeFault(operation, method);
    const handler = routes[operationId];
    if (fault) {
      result = { status: fault.status, body: fault.body, headers: fault.headers };
    } else if (handler) {
      result = handler({ path: parameters.path, query: parameters.query, body, url });
    } else {
      return reject(
        "emulator",
        [`${operationId} is described but not emulated`],
        "operation not emulated",
        operationId,
      );
    }

    const responseProblems = operation.checkResponse(result.status, result.body);
    if (responseProblems.length > 0) {
      return reject(
        "response",
        responseProblems,
        "the emulator's response does not match GitHub's OpenAPI description",
        operationId,
      );
    }
    return { answer: result, operationId };
  };

  const server = createServer((request, response) => {
    answer(request).then(
      ({ answer: result, operationId }) => {
        requests.push({
          method: request.method ?? "GET",
          url: request.url ?? "/",
          operationId,
          status: result.status,
          authenticated: typeof request.headers.authorization === "string",
        });
        send(response, result);
      },
      (error: unknown) => {
        violations.push({
          phase: "emulator",
          method: request.method ?? "GET",
          url: request.url ?? "/",
          problems: [error instanceof Error ? (error.stack ?? error.message) : String(error)],
        });
        send(response, { status: 500, body: { message: "emulator error" } });
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const state = new GitHubApiState(baseUrl);
  routes = handlers(state);

  return {
    url: baseUrl,
    port,
    violations,
    requests,
    state,
    descriptionVersion: description.version,
    descriptionLoadMs,
    injectFault: (fault) => faults.push({ ...fault }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
