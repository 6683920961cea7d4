import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorld } from '../state/context.ts';

/**
 * A virtual stick for touch devices (bottom-left). Pointer events with capture, so one finger can
 * steer while another drags the view. Writes the deflection into the world frame's player input (read by
 * the controller each step) and moves the knob through a ref: no React render while dragging.
 */
export function Joystick() {
  const { t } = useTranslation('world');
  const { frame } = useWorld();
  const base = useRef<HTMLDivElement>(null);
  const knob = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = base.current;
    if (!el) return;
    const stick = frame.input.stick;
    let id: number | null = null;
    const update = (e: PointerEvent) => {
      const r = el.getBoundingClientRect();
      const radius = r.width / 2;
      let x = (e.clientX - (r.left + radius)) / radius;
      let y = (e.clientY - (r.top + radius)) / radius;
      const m = Math.hypot(x, y);
      if (m > 1) {
        x /= m;
        y /= m;
      }
      stick.x = x;
      stick.y = y;
      stick.active = true;
      if (knob.current) knob.current.style.transform = `translate(${(x * radius * 0.6).toFixed(1)}px, ${(y * radius * 0.6).toFixed(1)}px)`;
    };
    const down = (e: PointerEvent) => {
      if (id !== null) return;
      id = e.pointerId;
      el.setPointerCapture?.(e.pointerId);
      e.preventDefault();
      update(e);
    };
    const move = (e: PointerEvent) => {
      if (e.pointerId === id) update(e);
    };
    const reset = () => {
      id = null;
      stick.x = stick.y = 0;
      stick.active = false;
      if (knob.current) knob.current.style.transform = '';
    };
    const up = (e: PointerEvent) => {
      if (e.pointerId === id) reset();
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    return () => {
      reset();
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
    };
  }, [frame]);

  return (
    <div ref={base} className="world-joystick" role="img" aria-label={`${t('joystickLabel')}: ${t('joystickHint')}`} data-testid="joystick">
      <div ref={knob} className="world-joystick__knob" />
    </div>
  );
}
