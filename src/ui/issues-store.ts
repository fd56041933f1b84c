/**
 * The validation issues of the whole wizard, held outside React state so that each field subscribes
 * only to its own messages: typing re-renders the field whose messages changed, not the step tree.
 * The wizard fills it from validateAnswers on every change; fields read it by answer path.
 */
import type { AnswerStepId } from '../domain/answers';
import type { ValidationIssue } from '../domain/issues';

export interface IssuesState {
  issues: readonly ValidationIssue[];
  /** Steps whose errors show even on untouched fields (Next was pressed there, or a link landed there). */
  revealed: ReadonlySet<AnswerStepId>;
  /** Bumped when the set of rendered fields changes, so step summaries recompute what is unclaimed. */
  claimsVersion: number;
}

/** True when `field` is `path` itself or lies under it ('a.b' covers 'a.b.c', not 'a.bc'). */
export function isUnder(field: string, path: string): boolean {
  return field === path || field.startsWith(`${path}.`);
}

export class IssuesStore {
  #state: IssuesState = { issues: [], revealed: new Set(), claimsVersion: 0 };
  #listeners = new Set<() => void>();
  #claims = new Map<string, number>();

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getState = (): IssuesState => this.#state;

  setIssues(issues: readonly ValidationIssue[]): void {
    this.#update({ issues });
  }

  reveal(step: AnswerStepId): void {
    if (this.#state.revealed.has(step)) return;
    this.#update({ revealed: new Set([...this.#state.revealed, step]) });
  }

  resetRevealed(): void {
    this.#update({ revealed: new Set() });
  }

  /** A rendered field (or group) shows the issues under `path`; returns the release function. */
  claim(path: string): () => void {
    this.#claims.set(path, (this.#claims.get(path) ?? 0) + 1);
    this.#update({ claimsVersion: this.#state.claimsVersion + 1 });
    return () => {
      const count = (this.#claims.get(path) ?? 1) - 1;
      if (count <= 0) this.#claims.delete(path);
      else this.#claims.set(path, count);
      this.#update({ claimsVersion: this.#state.claimsVersion + 1 });
    };
  }

  isClaimed(field: string): boolean {
    for (const path of this.#claims.keys()) if (isUnder(field, path)) return true;
    return false;
  }

  #update(patch: Partial<IssuesState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener();
  }
}
