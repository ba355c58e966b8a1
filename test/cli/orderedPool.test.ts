import { describe, expect, it } from "vitest";
import { OrderedPool, type WorkerLike } from "../../src/cli/orderedPool.js";

/** A worker that answers when told to, so a test decides the order answers come in. */
class HeldWorker implements WorkerLike {
  readonly held: Array<() => void> = [];
  terminated = 0;
  #onMessage: (value: unknown) => void = () => {};
  #onError: (error: Error) => void = () => {};
  #onExit: (code: number) => void = () => {};
  postMessage(value: unknown): void {
    this.held.push(() => this.#onMessage(`answer ${value}`));
  }
  on(event: "message" | "error" | "exit", listener: (value: never) => void): this {
    if (event === "message") this.#onMessage = listener as (value: unknown) => void;
    else if (event === "error") this.#onError = listener as (error: Error) => void;
    else this.#onExit = listener as (code: number) => void;
    return this;
  }
  exit(code: number): void {
    this.#onExit(code);
  }
  fail(error: Error): void {
    this.#onError(error);
  }
  terminate(): void {
    this.terminated++;
    this.#onExit(1);
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("OrderedPool", () => {
  it("delivers answers in the order the tasks came, whatever order they are answered in", async () => {
    const workers = [new HeldWorker(), new HeldWorker()];
    const delivered: unknown[] = [];
    const pool = new OrderedPool<number, string>(workers, 4, (answer) => {
      delivered.push(answer);
    });
    await pool.submit(0);
    await pool.submit(1);
    await pool.submit(2);
    // Worker 1 took task 0 and worker 0 task 1; task 1 is answered first, and waits.
    workers[0]!.held.shift()!();
    await tick();
    expect(delivered).toEqual([]);
    workers[1]!.held.shift()!();
    await tick();
    expect(delivered).toEqual(["answer 0", "answer 1"]);
    // Task 2 went to the first worker free again.
    const holder = workers.find((worker) => worker.held.length > 0)!;
    holder.held.shift()!();
    await pool.finish();
    expect(delivered).toEqual(["answer 0", "answer 1", "answer 2"]);
    expect(workers.map((worker) => worker.terminated)).toEqual([1, 1]);
  });

  it("holds no more than its bound in flight: submit waits until an answer is delivered", async () => {
    const worker = new HeldWorker();
    const delivered: unknown[] = [];
    const pool = new OrderedPool<number, string>([worker], 3, (answer) => {
      delivered.push(answer);
    });
    let accepted = 0;
    const submitting = (async () => {
      for (let task = 0; task < 10; task++) {
        await pool.submit(task);
        accepted++;
      }
    })();
    await tick();
    expect(accepted).toBe(3);
    while (delivered.length < 10) {
      await tick();
      worker.held.shift()?.();
    }
    await submitting;
    await pool.finish();
    expect(accepted).toBe(10);
    expect(pool.peakInFlight).toBe(3);
    expect(delivered).toEqual(Array.from({ length: 10 }, (_, task) => `answer ${task}`));
  });

  it("hands a worker its next task while it answers one, given tasksPerWorker, and keeps the order", async () => {
    const workers = [new HeldWorker(), new HeldWorker()];
    const delivered: unknown[] = [];
    const pool = new OrderedPool<number, string>(
      workers,
      6,
      (answer) => {
        delivered.push(answer);
      },
      2,
    );
    for (let task = 0; task < 5; task++) await pool.submit(task);
    // Four tasks are held, two a worker, the fifth waits for room.
    expect(workers.map((worker) => worker.held.length)).toEqual([2, 2]);
    // Worker 0 answers both of its tasks (1 and 3) before worker 1 answers any: nothing is delivered.
    workers[0]!.held.shift()!();
    workers[0]!.held.shift()!();
    await tick();
    expect(delivered).toEqual([]);
    // The fifth task went to worker 0, now the one holding fewest.
    expect(workers.map((worker) => worker.held.length)).toEqual([1, 2]);
    workers[1]!.held.shift()!();
    await tick();
    expect(delivered).toEqual(["answer 0", "answer 1"]);
    while (delivered.length < 5) {
      for (const worker of workers) worker.held.shift()?.();
      await tick();
    }
    await pool.finish();
    expect(delivered).toEqual(Array.from({ length: 5 }, (_, task) => `answer ${task}`));
  });

  it("waits for a slow delivery before the next", async () => {
    const worker = new HeldWorker();
    const order: string[] = [];
    let release: () => void = () => {};
    const pool = new OrderedPool<number, string>([worker], 4, async (answer) => {
      order.push(`start ${answer}`);
      if (answer === "answer 0") await new Promise<void>((resolve) => (release = resolve));
      order.push(`end ${answer}`);
    });
    await pool.submit(0);
    await pool.submit(1);
    worker.held.shift()!();
    await tick();
    worker.held.shift()!();
    await tick();
    expect(order).toEqual(["start answer 0"]);
    release();
    await pool.finish();
    expect(order).toEqual(["start answer 0", "end answer 0", "start answer 1", "end answer 1"]);
  });

  it("fails the run when a worker fails or a delivery throws, and stops the workers", async () => {
    const worker = new HeldWorker();
    const pool = new OrderedPool<number, string>([worker], 1, () => {});
    await pool.submit(0);
    const waiting = pool.submit(1);
    worker.fail(new Error("worker died"));
    await expect(waiting).rejects.toThrow("worker died");
    await expect(pool.finish()).rejects.toThrow("worker died");
    expect(worker.terminated).toBe(1);

    const other = new HeldWorker();
    const throwing = new OrderedPool<number, string>([other], 2, () => {
      throw new Error("write failed");
    });
    await throwing.submit(0);
    other.held.shift()!();
    await expect(throwing.finish()).rejects.toThrow("write failed");
  });

  it("fails the run when a worker stops before it is told to, not when it is stopped at the end", async () => {
    const worker = new HeldWorker();
    const pool = new OrderedPool<number, string>([worker], 2, () => {});
    await pool.submit(0);
    worker.exit(1);
    await expect(pool.finish()).rejects.toThrow(/stopped \(exit code 1\)/);

    const calm = new HeldWorker();
    const done = new OrderedPool<number, string>([calm], 2, () => {});
    await done.submit(0);
    calm.held.shift()!();
    await expect(done.finish()).resolves.toBeUndefined();
  });
});
