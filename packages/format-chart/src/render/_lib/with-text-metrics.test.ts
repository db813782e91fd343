import { describe, expect, it } from 'vitest';
import { withTextMetrics } from './with-text-metrics';

const vegaEstimate = (_item: object, _text: unknown): number => 1;

describe('withTextMetrics', () => {
  it('measures CJK text during the render and puts vega’s estimate back afterwards', async () => {
    const metrics = { width: vegaEstimate, estimateWidth: vegaEstimate };
    const width = await withTextMetrics(metrics, async () => metrics.width({ fontSize: 10 }, '学校名称'));
    expect(width).toBe(40);
    expect(metrics.width).toBe(vegaEstimate);
  });

  it('keeps the replacement until the last of several concurrent renders ends', async () => {
    const metrics = { width: vegaEstimate, estimateWidth: vegaEstimate };
    let release: () => void = () => {};
    const first = withTextMetrics(metrics, () => new Promise<void>((resolve) => (release = resolve)));
    const second = await withTextMetrics(metrics, async () => metrics.width({ fontSize: 10 }, '学'));
    expect(second).toBe(10);
    expect(metrics.width).not.toBe(vegaEstimate);
    release();
    await first;
    expect(metrics.width).toBe(vegaEstimate);
  });

  it('leaves a canvas measurement alone, and restores after a failed render', async () => {
    const canvas = (_item: object, _text: unknown): number => 7;
    const metrics = { width: canvas, estimateWidth: vegaEstimate };
    expect(await withTextMetrics(metrics, async () => metrics.width({}, '学'))).toBe(7);
    const estimating = { width: vegaEstimate, estimateWidth: vegaEstimate };
    await expect(
      withTextMetrics(estimating, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(estimating.width).toBe(vegaEstimate);
  });
});
