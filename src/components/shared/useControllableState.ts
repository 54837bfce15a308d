'use client';

import { useCallback, useRef, useState } from 'react';

interface ControllableState<T> {
  /** The host's value: when defined, the host owns the state. */
  value: T | undefined;
  /** The starting value when the component owns the state. */
  defaultValue: T;
  /** Called with every change, owned or not. */
  onChange: ((value: T) => void) | undefined;
}

/**
 * State that the host may control (`value` + `onChange`) or leave to the component
 * (`defaultValue`), the way Radix components offer every piece of state.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
}: ControllableState<T>): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  // The latest callback, so the setter stays stable across renders.
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [current, set];
}
