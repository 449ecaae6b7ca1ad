import type { TurnContext } from 'botbuilder';

/** A way back to how a turn started, for running it again. */
export interface TurnSnapshot {
  restore(): void;
}

/**
 * Remembers the turn as the adapter handed it over (its turn-state entries and the incoming activity's top-level
 * fields), so a replay starts clean: no cached bot state from the first attempt, no dialog bookkeeping, and the
 * activity text as the user sent it (the message handler rewrites it, removing @mentions).
 *
 * @example
 * const start = snapshotTurn(context);
 * await bot.run(context);
 * start.restore(); // as if the first run never happened, apart from anything it sent or stored
 */
export function snapshotTurn(context: TurnContext): TurnSnapshot {
  const entries = [...context.turnState.entries()];
  const activity = { ...context.activity };
  return {
    restore() {
      context.turnState.clear();
      for (const [key, value] of entries) context.turnState.set(key, value);
      const current = context.activity as unknown as Record<string, unknown>;
      for (const name of Object.keys(current)) {
        if (!(name in activity)) delete current[name];
      }
      Object.assign(current, activity);
    },
  };
}
