// The body's edit history as GitHub keeps it (GraphQL `userContentEdits`): nothing until the
// first edit, then the creation and every edit, newest first, each with its editor, time and
// full text; a revision deleted from history keeps who and when and loses its text.
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from './test-support/use-fake-github.ts';

const HISTORY = /* GraphQL */ `
  query History($owner: String!, $name: String!, $number: Int!, $first: Int!, $after: String) {
    viewer { login }
    repository(owner: $owner, name: $name) {
      issue(number: $number) {
        body lastEditedAt includesCreatedEdit
        author { login }
        editor { login }
        userContentEdits(first: $first, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes { editedAt diff deletedAt editor { login } deletedBy { login } }
        }
      }
    }
  }
`;

interface Edit {
  editedAt: string;
  diff: string | null;
  deletedAt: string | null;
  editor: { login: string } | null;
  deletedBy: { login: string } | null;
}
interface HistoryPage {
  viewer: { login: string };
  repository: {
    issue: {
      body: string;
      lastEditedAt: string | null;
      includesCreatedEdit: boolean;
      author: { login: string };
      editor: { login: string } | null;
      userContentEdits: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Edit[] };
    };
  };
}

describe('fake GitHub: issue edit history', () => {
  const use = useFakeGitHub();

  const read = (number: number, first = 100, after: string | null = null) => {
    const { octokit, repo } = use();
    return octokit.graphql<HistoryPage>(HISTORY, { owner: repo.owner, name: repo.repo, number, first, after });
  };

  it('has no edits until the first, then the creation and each edit, newest first, with editor and full text', async () => {
    const { fake } = use();
    const issue = fake.state.issues.create({ title: 't', body: 'v0', author: 'github-actions[bot]' });
    const untouched = (await read(issue.number)).repository.issue;
    expect([untouched.lastEditedAt, untouched.editor, untouched.includesCreatedEdit]).toEqual([null, null, false]);
    expect(untouched.userContentEdits.nodes).toEqual([]);

    fake.state.clock.advance(60_000);
    fake.userEditIssue(issue.number, 'v1', 'alice');
    fake.state.clock.advance(60_000);
    fake.userEditIssue(issue.number, 'v2', 'bob');
    const page = (await read(issue.number)).repository.issue;
    expect(page.body).toBe('v2');
    expect(page.editor).toEqual({ login: 'bob' });
    expect(page.includesCreatedEdit).toBe(true);
    expect(page.userContentEdits.nodes.map((e) => [e.editor?.login, e.diff])).toEqual([
      ['bob', 'v2'],
      ['alice', 'v1'],
      ['github-actions', 'v0'],
    ]);
    expect(page.lastEditedAt).toBe(page.userContentEdits.nodes[0]!.editedAt);
    expect(page.userContentEdits.nodes[2]!.editedAt).toBe(issue.createdAt);
    expect(Date.parse(page.userContentEdits.nodes[0]!.editedAt)).toBeGreaterThan(
      Date.parse(page.userContentEdits.nodes[1]!.editedAt),
    );
  });

  it('records edits made through the API under the token’s login, and none when the body is unchanged', async () => {
    const { fake, octokit, repo } = use();
    const issue = fake.state.issues.create({ title: 't', body: 'v0', author: 'github-actions[bot]' });
    const update = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
    await octokit.request(update, { ...repo, issue_number: issue.number, body: 'v1' });
    await octokit.request(update, { ...repo, issue_number: issue.number, body: 'v1', title: 'renamed' });
    const { viewer, repository } = await read(issue.number);
    // `viewer` spells the app as REST does; an editor is named by its app slug, as GitHub does.
    expect(viewer.login).toBe('github-actions[bot]');
    expect(repository.issue.userContentEdits.nodes.map((e) => [e.editor?.login, e.diff])).toEqual([
      ['github-actions', 'v1'],
      ['github-actions', 'v0'],
    ]);
  });

  it('a revision deleted from history keeps its editor and time, loses its text, and names who deleted it', async () => {
    const { fake } = use();
    const issue = fake.state.issues.create({ title: 't', body: 'v0', author: 'octocat' });
    fake.userEditIssue(issue.number, 'v1', 'alice');
    fake.userEditIssue(issue.number, 'v2', 'bob');
    expect(() => fake.deleteRevision(issue.number, 0, 'admin')).toThrow(/no deletable revision/);
    fake.deleteRevision(issue.number, 1, 'admin');
    const [newest, deleted] = (await read(issue.number)).repository.issue.userContentEdits.nodes;
    expect(newest!.diff).toBe('v2');
    expect(deleted).toMatchObject({ diff: null, editor: { login: 'alice' }, deletedBy: { login: 'admin' } });
    expect(deleted!.deletedAt).not.toBeNull();
  });

  it('pages through a long history newest first, at most 100 a page', async () => {
    const { fake } = use();
    const issue = fake.state.issues.create({ title: 't', body: 'r0', author: 'octocat' });
    for (let i = 1; i <= 250; i++) fake.userEditIssue(issue.number, `r${i}`, 'alice');
    const texts: (string | null)[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: HistoryPage = await read(issue.number, 100, after);
      const edits = page.repository.issue.userContentEdits;
      texts.push(...edits.nodes.map((e) => e.diff));
      after = edits.pageInfo.hasNextPage ? edits.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(texts).toEqual(Array.from({ length: 251 }, (_, i) => `r${250 - i}`));
    await expect(read(issue.number, 101)).rejects.toThrow(/exceeds the `first` limit of 100/);
  });
});
