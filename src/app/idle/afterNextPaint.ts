/**
 * Runs `run` in a task of its own once the next frame has been painted; returns a function that
 * cancels it if it has not run. For work an interaction sets off that need not hold up the frame
 * showing its result, such as the map's flight to a picked place (whose first step repositions
 * every marker and outline).
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // The frame callback runs before that frame's paint; the task it queues runs after it.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
