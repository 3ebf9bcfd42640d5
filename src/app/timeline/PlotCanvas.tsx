import { useEffect, useRef } from 'react';
import { drawPlot, readColors, type PlotColors, type PlotFrame } from './drawPlot.ts';
import { LAYOUT } from './layout.ts';

/** The canvas layer, sized for the device's pixel ratio and repainted when its frame changes. */
export function PlotCanvas({ frame }: { frame: Omit<PlotFrame, 'colors'> }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colors = useRef<PlotColors | null>(null);
  const width = frame.width;
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
      // reading custom properties forces a style pass, so once per canvas, not per frame
      colors.current ??= readColors(canvas);
      drawPlot(ctx, { ...frame, colors: colors.current });
    },
    [frame],
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
