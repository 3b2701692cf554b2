/**
 * Runs `fn` once, at the next animation frame, or after 100 ms if no frame comes first (a hidden tab has none: the
 * 大屏 left in a background tab keeps its figures current).
 */
export function nextFrame(fn: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    fn();
  };
  const timer = setTimeout(once, 100);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
}
