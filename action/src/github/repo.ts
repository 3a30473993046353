// The repository a gateway call works on.
export interface RepoRef {
  owner: string;
  repo: string;
}
