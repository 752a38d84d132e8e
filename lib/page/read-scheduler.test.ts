import { describe, expect, it } from 'vitest';
import { createReadScheduler, type ReadOutcome } from './read-scheduler';
import { createManualClock } from './testing/manual-clock';

function setup(outcome: ReadOutcome = 'changed', ms = 5) {
  const clock = createManualClock(10_000);
  const reads: number[] = [];
  const scheduler = createReadScheduler(
    () => {
      reads.push(clock.now());
      return { outcome, ms };
    },
    clock,
    { debounceMs: 400, maxWaitMs: 2000, minGapMs: 1000, maxGapMs: 8000 },
  );
  return { clock, reads, scheduler };
}

describe('read scheduler', () => {
  it('reads once, 400 ms after the last of a burst of changes', () => {
    const { clock, reads, scheduler } = setup();
    for (let i = 0; i < 5; i++) {
      scheduler.poke();
      clock.advance(100);
    }
    expect(reads).toEqual([]);
    clock.advance(300);
    expect(reads).toEqual([10_800]);
    expect(scheduler.pending).toBe(false);
  });

  it('keeps at least a second between reads after a read', () => {
    const { clock, reads, scheduler } = setup();
    scheduler.ranAt(clock.now(), 'changed', 5);
    scheduler.poke();
    clock.advance(999);
    expect(reads).toEqual([]);
    clock.advance(1);
    expect(reads).toEqual([11_000]);
  });

  it('is not starved by a page that mutates every 100 ms: about one read per second at most', () => {
    const { clock, reads, scheduler } = setup('changed');
    for (let t = 0; t < 10_000; t += 100) {
      scheduler.poke();
      clock.advance(100);
    }
    expect(reads.length).toBeGreaterThanOrEqual(4); // maxWait: never starved
    expect(reads.length).toBeLessThanOrEqual(10);
    for (let i = 1; i < reads.length; i++) expect(reads[i]! - reads[i - 1]!).toBeGreaterThanOrEqual(1000);
  });

  it('backs off while reads find nothing new, and resets when they do', () => {
    const { clock, scheduler } = setup('unchanged');
    const gaps: number[] = [];
    for (let i = 0; i < 5; i++) {
      scheduler.poke();
      clock.advance(10_000);
      gaps.push(scheduler.gapMs);
    }
    expect(gaps).toEqual([2000, 4000, 8000, 8000, 8000]);
    scheduler.ranAt(clock.now(), 'changed', 5);
    expect(scheduler.gapMs).toBe(1000);
  });

  it('keeps reads of a slow (huge) page rarer', () => {
    const { scheduler } = setup();
    scheduler.ranAt(0, 'changed', 600);
    expect(scheduler.gapMs).toBe(6000);
  });

  it('cancel drops a pending read', () => {
    const { clock, reads, scheduler } = setup();
    scheduler.poke();
    scheduler.cancel();
    clock.advance(5000);
    expect(reads).toEqual([]);
    expect(clock.pending).toBe(0);
  });
});
