import type { Octokit } from "@octokit/rest";
import { UserError } from "../errors/user-error.js";

/** GitHub refuses comment bodies longer than this many characters. */
export const COMMENT_BODY_LIMIT = 65_536;

const MARKER = /^<!-- trainyard:[A-Za-z0-9._:/@+-]+ -->$/;

/**
 * The hidden HTML comment that identifies one sticky comment. The key is reduced to characters that cannot
 * end the HTML comment early (no `--`, no `>`), so a branch or model name is safe to use as a key.
 */
export function stickyMarker(key: string): string {
  const safe = key
    .normalize("NFKC")
    .replace(/[^A-Za-z0-9._:/@+-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
  if (!safe) throw new UserError(`a sticky comment key needs a letter or digit, got ${JSON.stringify(key)}`);
  return `<!-- trainyard:${safe} -->`;
}

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  /** The issue or pull request number. */
  issueNumber: number;
  /** The key of the comment (passed through `stickyMarker`), or a marker `stickyMarker` made. */
  marker: string;
  /** Markdown; the marker is put on its first line. */
  body: string;
  /** Only comments by this login count as the sticky comment (e.g. `github-actions[bot]`). */
  author?: string;
}

export interface StickyCommentResult {
  action: "created" | "updated" | "unchanged";
  commentId: number;
  /** The comment on github.com. */
  url: string;
  /** Duplicates left by concurrent jobs that this call deleted. */
  removedDuplicates: number[];
}

interface MarkedComment {
  id: number;
  body: string;
  html_url: string;
}

function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { status?: unknown }).status === 404;
}

async function findMarked(
  octokit: Octokit,
  target: StickyCommentTarget,
  marker: string,
): Promise<MarkedComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments
    .filter((c) => (c.body ?? "").startsWith(marker))
    .filter((c) => target.author === undefined || c.user?.login === target.author)
    .map((c) => ({ id: c.id, body: c.body ?? "", html_url: c.html_url }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Keeps exactly one comment carrying the marker on an issue or pull request: creates it, updates it in place,
 * or leaves it when the body is the same. All pages of comments are searched. When jobs raced and left more
 * than one, the earliest is kept (with this call's body) and the later ones are deleted.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  target: StickyCommentTarget,
): Promise<StickyCommentResult> {
  const marker = MARKER.test(target.marker) ? target.marker : stickyMarker(target.marker);
  const body = target.body.startsWith(marker) ? target.body : `${marker}\n${target.body}`;
  if (body.length > COMMENT_BODY_LIMIT) {
    throw new RangeError(
      `the comment body has ${body.length} characters; GitHub accepts at most ${COMMENT_BODY_LIMIT}`,
    );
  }
  const ref = { owner: target.owner, repo: target.repo };

  // A second attempt covers the kept comment vanishing between the search and the update.
  for (let attempt = 1; ; attempt++) {
    let matches = await findMarked(octokit, target, marker);
    let createdId: number | undefined;
    if (matches.length === 0) {
      const { data: created } = await octokit.rest.issues.createComment({
        ...ref,
        issue_number: target.issueNumber,
        body,
      });
      createdId = created.id;
      // Another job may have created its own copy between our search and our create: look again.
      matches = await findMarked(octokit, target, marker);
      if (!matches.some((c) => c.id === created.id)) {
        matches = [...matches, { id: created.id, body, html_url: created.html_url }].sort(
          (a, b) => a.id - b.id,
        );
      }
    }

    const [kept, ...duplicates] = matches as [MarkedComment, ...MarkedComment[]];
    let action: StickyCommentResult["action"] = kept.id === createdId ? "created" : "unchanged";
    let url = kept.html_url;
    if (kept.body !== body) {
      try {
        const { data: updated } = await octokit.rest.issues.updateComment({
          ...ref,
          comment_id: kept.id,
          body,
        });
        url = updated.html_url;
        action = "updated";
      } catch (error) {
        if (isNotFound(error) && attempt < 2) continue;
        throw error;
      }
    }

    const removedDuplicates: number[] = [];
    for (const duplicate of duplicates) {
      try {
        await octokit.rest.issues.deleteComment({ ...ref, comment_id: duplicate.id });
      } catch (error) {
        // The other job deletes the same duplicate; whoever comes second finds it gone.
        if (!isNotFound(error)) throw error;
      }
      removedDuplicates.push(duplicate.id);
    }
    return { action, commentId: kept.id, url, removedDuplicates };
  }
}
