import type { BotState, Storage, TurnContext } from 'botbuilder';
import { ETagWrites, type ConflictPolicy, type PendingWrite } from './eTagWrites';
import type { StateObject } from './stateJson';
import type { SavesWithOthers } from './saveTurnState';

// TypeScript's mixin rule: a class expression may extend a constructor only when it takes `...args: any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type StateClass = abstract new (...args: any[]) => BotState;

/**
 * A botbuilder state class whose loads and saves go through {@link ETagWrites}: one body for conversation and user
 * state, which differ only in their storage key (from the base class) and in what a conflict does (`policy`).
 *
 * @example
 * export class ETagConversationState extends eTagChecked(ConversationState, 'refuse') {}
 */
export function eTagChecked<TBase extends StateClass>(Base: TBase, policy: ConflictPolicy) {
  abstract class ETagChecked extends Base implements SavesWithOthers {
    private readonly writes = new ETagWrites(policy);

    get store(): Storage {
      return this.storage;
    }

    override async load(context: TurnContext, force = false): Promise<StateObject> {
      return this.writes.load(context, this.storage, await this.storageKey(context), force);
    }

    override get(context: TurnContext): StateObject | undefined {
      return this.writes.get(context);
    }

    override async clear(context: TurnContext): Promise<void> {
      this.writes.clear(context);
    }

    override async delete(context: TurnContext): Promise<void> {
      this.writes.forget(context);
      await this.storage.delete([await this.storageKey(context)]);
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      await this.writes.save(context, this.storage, await this.storageKey(context), force);
    }

    async pendingWrite(context: TurnContext): Promise<PendingWrite | undefined> {
      return this.writes.pendingWrite(context, await this.storageKey(context));
    }

    async writePending(context: TurnContext, pending: PendingWrite): Promise<void> {
      await this.writes.write(context, this.storage, pending);
    }

    written(context: TurnContext, pending: PendingWrite): void {
      this.writes.written(context, pending);
    }
  }
  return ETagChecked;
}
