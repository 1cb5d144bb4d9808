// The room left for a list below its page's header: the window height less `offset`.
import { useEffect, useState } from 'preact/hooks';

export function useWindowHeight(offset: number, minimum = 200): number {
  const [height, setHeight] = useState(() => measureRoom(offset, minimum));
  useEffect(() => {
    const onResize = () => setHeight(measureRoom(offset, minimum));
    onResize();
    globalThis.addEventListener('resize', onResize);
    return () => globalThis.removeEventListener('resize', onResize);
  }, [offset, minimum]);
  return height;
}

function measureRoom(offset: number, minimum: number): number {
  return Math.max(minimum, (globalThis.innerHeight || 0) - offset);
}
