// The room left for a list below its page's header: the window height less `offset`.
import { useEffect, useState } from 'preact/hooks';

export function useWindowHeight(offset: number, minimum = 200): number {
  const measure = () => Math.max(minimum, (globalThis.innerHeight || 0) - offset);
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const onResize = () => setHeight(measure());
    onResize();
    globalThis.addEventListener('resize', onResize);
    return () => globalThis.removeEventListener('resize', onResize);
  }, [offset]);
  return height;
}
