// Blocks handed to worker threads and their answers delivered in the order the blocks came, with a
// bound on how many are anywhere between the two (queued, being answered, or answered and waiting
// for an earlier one): memory stays flat however large the input, and reading waits (`submit` does
// not resolve) while the bound is reached, so a slow reader downstream slows the whole pipe.
//
// A worker may be handed more than one task at a time (`tasksPerWorker`): it answers its messages
// in the order they came, and its next task is already waiting when it answers one, instead of
// waiting for the main thread, which on a busy machine may not run for a while.

/** What the pool needs of a worker: node:worker_threads' Worker, or a test's stand-in. */
export interface WorkerLike {
  postMessage(value: unknown, transfer?: readonly ArrayBuffer[]): void;
  on(event: "message", listener: (value: unknown) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "exit", listener: (code: number) => void): unknown;
  terminate(): unknown;
}

/** Worker threads answering tasks, their answers delivered in order, at most `maxInFlight` at once. */
export class OrderedPool<Task, Answer> {
  readonly #workers: WorkerLike[];
  /** The sequence numbers of the tasks each worker holds, oldest first (it answers them in turn). */
  readonly #running = new Map<WorkerLike, number[]>();
  readonly #tasksPerWorker: number;
  readonly #queue: Array<{ sequence: number; task: Task; transfer: ArrayBuffer[] }> = [];
  readonly #answers = new Map<number, Answer>();
  readonly #deliver: (answer: Answer) => Promise<void> | void;
  readonly #maxInFlight: number;
  #submitted = 0;
  #delivered = 0;
  #delivering = false;
  #failure: Error | undefined;
  #stopping = false;
  #wake: Array<() => void> = [];
  /** The most tasks ever in flight at once (what the bound is tested by). */
  peakInFlight = 0;

  constructor(
    workers: WorkerLike[],
    maxInFlight: number,
    deliver: (answer: Answer) => Promise<void> | void,
    tasksPerWorker = 1,
  ) {
    this.#workers = workers;
    this.#maxInFlight = Math.max(1, maxInFlight);
    this.#deliver = deliver;
    this.#tasksPerWorker = Math.max(1, tasksPerWorker);
    for (const worker of workers) {
      this.#running.set(worker, []);
      worker.on("message", (answer) => this.#answered(worker, answer as Answer));
      worker.on("error", (error) => this.#fail(error));
      // A worker that stops before it is told to would leave its task unanswered for ever.
      worker.on("exit", (code) => {
        if (!this.#stopping) this.#fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
    }
  }

  /** Hands a task on; resolves once it is accepted, which waits while `maxInFlight` are in flight. */
  async submit(task: Task, transfer: ArrayBuffer[] = []): Promise<void> {
    while (this.#submitted - this.#delivered >= this.#maxInFlight && this.#failure === undefined)
      await new Promise<void>((resolve) => this.#wake.push(resolve));
    if (this.#failure !== undefined) throw this.#failure;
    this.#queue.push({ sequence: this.#submitted++, task, transfer });
    this.peakInFlight = Math.max(this.peakInFlight, this.#submitted - this.#delivered);
    this.#dispatch();
  }

  /** Resolves when every task's answer is delivered, then stops the workers. */
  async finish(): Promise<void> {
    try {
      while (this.#delivered < this.#submitted && this.#failure === undefined)
        await new Promise<void>((resolve) => this.#wake.push(resolve));
      if (this.#failure !== undefined) throw this.#failure;
    } finally {
      this.#stopping = true;
      await Promise.all(this.#workers.map((worker) => worker.terminate()));
    }
  }

  /** Hands queued tasks to the workers holding the fewest, up to `tasksPerWorker` each (the last such worker of equals). */
  #dispatch(): void {
    while (this.#queue.length > 0) {
      let chosen: number[] | undefined;
      let worker: WorkerLike | undefined;
      for (const candidate of this.#workers) {
        const held = this.#running.get(candidate)!;
        if (held.length < this.#tasksPerWorker && (chosen === undefined || held.length <= chosen.length)) {
          chosen = held;
          worker = candidate;
        }
      }
      if (worker === undefined) return;
      const { sequence, task, transfer } = this.#queue.shift()!;
      chosen!.push(sequence);
      worker.postMessage(task, transfer);
    }
  }

  #answered(worker: WorkerLike, answer: Answer): void {
    const sequence = this.#running.get(worker)!.shift()!;
    this.#answers.set(sequence, answer);
    this.#dispatch();
    void this.#deliverInOrder().catch((error: Error) => this.#fail(error));
  }

  async #deliverInOrder(): Promise<void> {
    if (this.#delivering) return;
    this.#delivering = true;
    try {
      while (this.#answers.has(this.#delivered)) {
        const answer = this.#answers.get(this.#delivered)!;
        this.#answers.delete(this.#delivered);
        await this.#deliver(answer);
        this.#delivered++;
        this.#wakeAll();
      }
    } finally {
      this.#delivering = false;
    }
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#wakeAll();
  }

  #wakeAll(): void {
    const wake = this.#wake;
    this.#wake = [];
    for (const resolve of wake) resolve();
  }
}
