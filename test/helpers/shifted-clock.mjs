/**
 * Preloaded (`node --import`) into the bot processes the crash test starts, never into the
 * product: moves this process's clock by MUJAZ_TEST_CLOCK_OFFSET_MS, so that each restart is a
 * later moment of a simulated fortnight and digest days come round in seconds. Only the wall
 * clock (Date) moves; timers and timeouts run in real time, as the platform's fake does.
 * Plain JavaScript so that it preloads into the compiled bot (dist/) as well as under tsx.
 */
const offset = Number(process.env.MUJAZ_TEST_CLOCK_OFFSET_MS ?? 0);

if (Number.isFinite(offset) && offset !== 0) {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(realNow() + offset);
      else super(...args);
    }
    static now() {
      return realNow() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
