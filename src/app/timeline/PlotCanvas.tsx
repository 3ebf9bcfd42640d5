import { useEffect, useRef, useState } from 'react';
import { drawPlot, readColors, type PlotColors, type PlotFrame } from './drawPlot.ts';
import { LAYOUT } from './layout.ts';

/** The canvas layer, sized for the device's pixel ratio and repainted when its frame changes. */
export function PlotCanvas({ frame }: { frame: Omit<PlotFrame, 'colors'> }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colors = useRef<PlotColors | null>(null);
  // bumped when the colours may have changed, to read them again and repaint
  const [theme, setTheme] = useState(0);
  const width = frame.width;

  useEffect(function rereadColorsOnSchemeChange() {
    if (typeof matchMedia !== 'function') return;
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      colors.current = null;
      setTheme((t) => t + 1);
    };
    scheme.addEventListener('change', onChange);
    return function stopRereadingColors() {
      scheme.removeEventListener('change', onChange);
    };
  }, []);

  useEffect(
    function paintPlot() {
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return;
      const ratio = window.devicePixelRatio || 1;
      const pixelWidth = Math.round(frame.width * ratio);
      const pixelHeight = Math.round(LAYOUT.height * ratio);
      if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
      if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      // reading custom properties forces a style pass: once, and again only when the colour
      // scheme changes, never per frame
      colors.current ??= readColors(canvas);
      drawPlot(ctx, { ...frame, colors: colors.current });
    },
    [frame, theme],
  );
  return (
    <canvas
      ref={canvasRef}
      className="tl-canvas"
      style={{ width, height: LAYOUT.height }}
      aria-hidden="true"
    />
  );
}
