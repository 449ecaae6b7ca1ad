import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';

/** botbuilder's MemoryStorage, counting reads and writes: a turn that runs always reads its state first. */
export class CountingStorage implements Storage {
  reads = 0;
  writes = 0;
  private readonly inner = new MemoryStorage();

  read(keys: string[]): Promise<StoreItems> {
    this.reads += 1;
    return this.inner.read(keys);
  }

  write(changes: StoreItems): Promise<void> {
    this.writes += 1;
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
