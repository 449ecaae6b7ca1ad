import type { CheckState } from './eligibilityCheckDialog';

/** What botbuilder-dialogs stored for one dialog on a stack: its id and its own state. */
interface StackEntry {
  id?: unknown;
  state?: unknown;
}

function stackOf(value: unknown): StackEntry[] | undefined {
  const stack = (value as { dialogStack?: unknown } | null | undefined)?.dialogStack;
  return Array.isArray(stack) ? (stack as StackEntry[]) : undefined;
}

function isCheckState(value: unknown): value is CheckState {
  const state = value as Partial<CheckState> | null | undefined;
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof state.answers === 'object' &&
    state.answers !== null &&
    Array.isArray(state.skipped) &&
    Array.isArray(state.history) &&
    Array.isArray(state.announced) &&
    typeof state.attempts === 'number'
  );
}

/**
 * Until version 0.2 the check ran as a botbuilder-dialogs dialog inside a ComponentDialog, and a conversation
 * parked mid-check kept the check's state two stacks deep:
 * `{ dialogStack: [{ id: 'root', state: { dialogs: { dialogStack: [{ id: 'eligibilityCheck', state } ] } } }] }`.
 * Reads the check out of that shape, so a partner who was mid-check when the bot was upgraded carries on where
 * they were instead of starting again. Anything else (an empty stack, a shape this code never wrote) is no check.
 *
 * @example
 * checkFromLegacyDialogStack({ dialogStack: [{ id: 'root', state: { dialogs: { dialogStack: [{ id: 'eligibilityCheck', state }] } } }] }) // state
 */
export function checkFromLegacyDialogStack(dialogState: unknown): CheckState | undefined {
  const root = stackOf(dialogState)?.find((entry) => entry.id === 'root');
  const inner = stackOf((root?.state as { dialogs?: unknown } | undefined)?.dialogs);
  const check = inner?.find((entry) => entry.id === 'eligibilityCheck')?.state;
  return isCheckState(check) ? check : undefined;
}
