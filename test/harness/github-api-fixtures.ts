/**
 * Builders of the objects the GitHub API emulator answers with, shaped like GitHub's (every field its
 * description requires). URLs point at the emulator itself, so nothing refers to a real host.
 */

export interface GitHubUser {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  gravatar_id: string;
  url: string;
  html_url: string;
  followers_url: string;
  following_url: string;
  gists_url: string;
  starred_url: string;
  subscriptions_url: string;
  organizations_url: string;
  repos_url: string;
  events_url: string;
  received_events_url: string;
  type: "User" | "Bot" | "Organization";
  site_admin: boolean;
}

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: GitHubUser;
  created_at: string;
  updated_at: string;
  author_association: "OWNER" | "MEMBER" | "COLLABORATOR" | "CONTRIBUTOR" | "NONE";
}

export interface EnvironmentApproval {
  environments: Array<{
    id: number;
    node_id: string;
    name: string;
    url: string;
    html_url: string;
    created_at: string;
    updated_at: string;
  }>;
  state: "approved" | "rejected" | "pending";
  user: GitHubUser;
  comment: string;
}

/** GitHub's timestamps: ISO 8601 in UTC, whole seconds. */
export function githubTime(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}${id}`).toString("base64");
}

/** A stable numeric id per login, so the same user always looks the same. */
export function userId(login: string): number {
  if (login === "github-actions[bot]") return 41898282;
  let hash = 7;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 2_000_000_000;
  return hash + 1;
}

export function githubUser(baseUrl: string, login: string): GitHubUser {
  const id = userId(login);
  const api = `${baseUrl}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId("User", id),
    avatar_url: `${baseUrl}/avatars/u/${id}`,
    gravatar_id: "",
    url: api,
    html_url: `${baseUrl}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith("[bot]") ? "Bot" : "User",
    site_admin: false,
  };
}

export function issueComment(
  baseUrl: string,
  fields: {
    id: number;
    owner: string;
    repo: string;
    issueNumber: number;
    body: string;
    login: string;
    at: Date;
  },
): IssueComment {
  const repoApi = `${baseUrl}/repos/${fields.owner}/${fields.repo}`;
  const time = githubTime(fields.at);
  return {
    id: fields.id,
    node_id: nodeId("IssueComment", fields.id),
    url: `${repoApi}/issues/comments/${fields.id}`,
    html_url: `${baseUrl}/${fields.owner}/${fields.repo}/pull/${fields.issueNumber}#issuecomment-${fields.id}`,
    issue_url: `${repoApi}/issues/${fields.issueNumber}`,
    body: fields.body,
    user: githubUser(baseUrl, fields.login),
    created_at: time,
    updated_at: time,
    author_association: fields.login.endsWith("[bot]") ? "NONE" : "MEMBER",
  };
}

export function environmentApproval(
  baseUrl: string,
  fields: {
    owner: string;
    repo: string;
    login: string;
    state: EnvironmentApproval["state"];
    comment: string;
  },
  environments: string[],
): EnvironmentApproval {
  const created = githubTime(new Date(Date.UTC(2024, 0, 1)));
  return {
    environments: environments.map((name) => {
      const id = userId(`environment:${fields.owner}/${fields.repo}/${name}`);
      return {
        id,
        node_id: nodeId("Environment", id),
        name,
        url: `${baseUrl}/repos/${fields.owner}/${fields.repo}/environments/${encodeURIComponent(name)}`,
        html_url: `${baseUrl}/${fields.owner}/${fields.repo}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
        created_at: created,
        updated_at: created,
      };
    }),
    state: fields.state,
    user: githubUser(baseUrl, fields.login),
    comment: fields.comment,
  };
}

export interface RepositoryOptions {
  private?: boolean;
  fork?: boolean;
  defaultBranch?: string;
  permissions?: { admin: boolean; maintain?: boolean; push: boolean; triage?: boolean; pull: boolean };
}

/** A `full-repository` as GET /repos/{owner}/{repo} answers it. */
export function fullRepository(
  baseUrl: string,
  owner: string,
  repo: string,
  options: RepositoryOptions = {},
): Record<string, unknown> {
  const id = userId(`repository:${owner}/${repo}`);
  const api = `${baseUrl}/repos/${owner}/${repo}`;
  const web = `${baseUrl}/${owner}/${repo}`;
  const time = githubTime(new Date(Date.UTC(2024, 0, 1)));
  return {
    id,
    node_id: nodeId("Repository", id),
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: githubUser(baseUrl, owner),
    private: options.private ?? false,
    html_url: web,
    description: null,
    fork: options.fork ?? false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://127.0.0.1/${owner}/${repo}.git`,
    hooks_url: `${api}/hooks`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@127.0.0.1:${owner}/${repo}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${web}.git`,
    mirror_url: null,
    svn_url: web,
    homepage: null,
    language: "Python",
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: options.defaultBranch ?? "main",
    open_issues: 0,
    open_issues_count: 0,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: options.private ? "private" : "public",
    pushed_at: time,
    created_at: time,
    updated_at: time,
    permissions: options.permissions ?? {
      admin: false,
      maintain: false,
      push: true,
      triage: true,
      pull: true,
    },
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
}

/** An environment as GET /repos/{owner}/{repo}/environments/{environment_name} answers it. */
export function environment(
  baseUrl: string,
  fields: { owner: string; repo: string; name: string; reviewers: string[]; preventSelfReview?: boolean },
): Record<string, unknown> {
  const id = userId(`environment:${fields.owner}/${fields.repo}/${fields.name}`);
  const created = githubTime(new Date(Date.UTC(2024, 0, 1)));
  const protectionRules =
    fields.reviewers.length > 0
      ? [
          {
            id: id + 1,
            node_id: nodeId("Gate", id + 1),
            prevent_self_review: fields.preventSelfReview ?? false,
            type: "required_reviewers",
            reviewers: fields.reviewers.map((login) => ({
              type: "User",
              reviewer: githubUser(baseUrl, login),
            })),
          },
        ]
      : [];
  return {
    id,
    node_id: nodeId("Environment", id),
    name: fields.name,
    url: `${baseUrl}/repos/${fields.owner}/${fields.repo}/environments/${encodeURIComponent(fields.name)}`,
    html_url: `${baseUrl}/${fields.owner}/${fields.repo}/deployments/activity_log?environments_filter=${encodeURIComponent(fields.name)}`,
    created_at: created,
    updated_at: created,
    protection_rules: protectionRules,
    deployment_branch_policy: null,
  };
}

export interface PullRequestReview {
  id: number;
  node_id: string;
  user: GitHubUser;
  body: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
  html_url: string;
  pull_request_url: string;
  _links: { html: { href: string }; pull_request: { href: string } };
  submitted_at: string;
  commit_id: string;
  author_association: "OWNER" | "MEMBER" | "COLLABORATOR" | "CONTRIBUTOR" | "NONE";
}

export function pullRequestReview(
  baseUrl: string,
  fields: {
    id: number;
    owner: string;
    repo: string;
    pullNumber: number;
    login: string;
    state: PullRequestReview["state"];
    body: string;
    at: Date;
    commitId: string;
  },
): PullRequestReview {
  const html = `${baseUrl}/${fields.owner}/${fields.repo}/pull/${fields.pullNumber}#pullrequestreview-${fields.id}`;
  const api = `${baseUrl}/repos/${fields.owner}/${fields.repo}/pulls/${fields.pullNumber}`;
  return {
    id: fields.id,
    node_id: nodeId("PullRequestReview", fields.id),
    user: githubUser(baseUrl, fields.login),
    body: fields.body,
    state: fields.state,
    html_url: html,
    pull_request_url: api,
    _links: { html: { href: html }, pull_request: { href: api } },
    submitted_at: githubTime(fields.at),
    commit_id: fields.commitId,
    author_association: "MEMBER",
  };
}

export interface Issue {
  id: number;
  node_id: string;
  url: string;
  repository_url: string;
  labels_url: string;
  comments_url: string;
  events_url: string;
  html_url: string;
  number: number;
  state: "open" | "closed";
  title: string;
  body: string | null;
  user: GitHubUser;
  labels: never[];
  assignee: null;
  milestone: null;
  locked: boolean;
  comments: number;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  author_association: "OWNER" | "MEMBER" | "COLLABORATOR" | "CONTRIBUTOR" | "NONE";
}

export function issue(
  baseUrl: string,
  fields: {
    owner: string;
    repo: string;
    number: number;
    title: string;
    body: string;
    login: string;
    at: Date;
  },
): Issue {
  const api = `${baseUrl}/repos/${fields.owner}/${fields.repo}`;
  const id = userId(`issue:${fields.owner}/${fields.repo}#${fields.number}`);
  const time = githubTime(fields.at);
  return {
    id,
    node_id: nodeId("Issue", id),
    url: `${api}/issues/${fields.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${fields.number}/labels{/name}`,
    comments_url: `${api}/issues/${fields.number}/comments`,
    events_url: `${api}/issues/${fields.number}/events`,
    html_url: `${baseUrl}/${fields.owner}/${fields.repo}/issues/${fields.number}`,
    number: fields.number,
    state: "open",
    title: fields.title,
    body: fields.body,
    user: githubUser(baseUrl, fields.login),
    labels: [],
    assignee: null,
    milestone: null,
    locked: false,
    comments: 0,
    closed_at: null,
    created_at: time,
    updated_at: time,
    author_association: fields.login.endsWith("[bot]") ? "NONE" : "MEMBER",
  };
}

export interface CheckRun {
  id: number;
  node_id: string;
  head_sha: string;
  name: string;
  url: string;
  html_url: string;
  details_url: string | null;
  external_id: string | null;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  output: {
    title: string | null;
    summary: string | null;
    text: string | null;
    annotations_count: number;
    annotations_url: string;
  };
  check_suite: { id: number };
  app: null;
  pull_requests: never[];
}

export function checkRun(
  baseUrl: string,
  fields: { id: number; owner: string; repo: string; name: string; headSha: string },
): CheckRun {
  const api = `${baseUrl}/repos/${fields.owner}/${fields.repo}/check-runs/${fields.id}`;
  return {
    id: fields.id,
    node_id: nodeId("CheckRun", fields.id),
    head_sha: fields.headSha,
    name: fields.name,
    url: api,
    html_url: `${baseUrl}/${fields.owner}/${fields.repo}/runs/${fields.id}`,
    details_url: null,
    external_id: null,
    status: "queued",
    conclusion: null,
    started_at: githubTime(),
    completed_at: null,
    output: {
      title: null,
      summary: null,
      text: null,
      annotations_count: 0,
      annotations_url: `${api}/annotations`,
    },
    check_suite: { id: fields.id + 7 },
    app: null,
    pull_requests: [],
  };
}
