import { LoadError } from '../load-error';
import type { LoadProgressCallback } from '../table-loader';

/** Reports progress every `interval` rows and stops the load when its signal is aborted. */
export class LoadTicker {
  private nextProgress: number;

  constructor(
    private readonly onProgress: LoadProgressCallback | undefined,
    private readonly interval: number,
    private readonly signal: { readonly aborted: boolean; readonly reason?: unknown } | undefined,
  ) {
    this.nextProgress = interval;
  }

  /** Called with the rows read so far after each row. */
  tick(rows: number): void {
    if ((rows & 1023) === 0) this.checkAborted();
    if (rows >= this.nextProgress) {
      this.nextProgress = rows + this.interval;
      this.onProgress?.({ rows });
    }
  }

  /** Throws when the load was aborted. */
  checkAborted(): void {
    if (this.signal?.aborted === true) {
      throw new LoadError({
        code: 'read_failed',
        messageZh: '加载已取消',
        messageEn: 'the load was aborted.',
        cause: this.signal.reason,
      });
    }
  }

  /** The final report. */
  finish(rows: number): void {
    this.onProgress?.({ rows });
  }
}
