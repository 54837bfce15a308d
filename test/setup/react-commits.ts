// A minimal React DevTools global hook that records, for every commit, which components
// re-rendered. React DOM looks for the hook once, when it loads, so a page script installs a
// stub before any module runs (see `DevtoolsHook`), and the recording is added to it later. A
// module cannot install it: the unit setup file loads React DOM before any test file runs, and
// a bundler may drop or reorder a module imported only for its side effect.
//
// It reads React's internal fiber fields, which DevTools itself relies on and which React 18 and
// 19 share (`Fiber` below).

/** The fiber fields read here. */
interface Fiber {
  tag: number;
  key: string | null;
  flags: number;
  type: unknown;
  elementType: unknown;
  alternate: Fiber | null;
  child: Fiber | null;
  sibling: Fiber | null;
}

interface FiberRoot {
  current: Fiber;
}

/** A component, by display name (or function name) and React key. */
export interface ComponentRef {
  name: string;
  key: string | null;
}

/** A component that re-rendered in a commit. */
export interface RenderedComponent extends ComponentRef {
  /** The components around it, nearest first, to tell which checklist item it belongs to. */
  ancestors: readonly ComponentRef[];
}

/** What the hook saw. */
export interface CommitLog {
  /** One entry per commit: the components that re-rendered in it (mounts are not counted). */
  commits: RenderedComponent[][];
}

const hookKey = '__REACT_DEVTOOLS_GLOBAL_HOOK__';

// Work tags (ReactWorkTags) of the components counted, and the flag set on a fiber whose
// component function actually ran in this render (ReactFiberFlags' PerformedWork).
const FunctionComponent = 0;
const ForwardRef = 11;
const MemoComponent = 14;
const SimpleMemoComponent = 15;
const componentTags = new Set([FunctionComponent, ForwardRef, MemoComponent, SimpleMemoComponent]);
const PerformedWork = 1;

function nameOf(type: unknown): string | undefined {
  if (typeof type === 'function') {
    const fn = type as { displayName?: string; name?: string };
    return fn.displayName || fn.name || undefined;
  }
  if (typeof type === 'object' && type !== null) {
    // forwardRef and memo objects: their own displayName, else the function they wrap.
    const wrapper = type as { displayName?: string; render?: unknown; type?: unknown };
    return wrapper.displayName || nameOf(wrapper.render) || nameOf(wrapper.type);
  }
  return undefined;
}

function refOf(fiber: Fiber): ComponentRef {
  return {
    name: nameOf(fiber.elementType) ?? nameOf(fiber.type) ?? 'Anonymous',
    key: fiber.key,
  };
}

/**
 * The stub hook, installed by a page script before React DOM loads (the benchmark pages' HTML,
 * the re-render test's jsdom page): React DOM announces itself to it, and `recordCommits` adds
 * the recording later. The script is this line:
 * `window.__REACT_DEVTOOLS_GLOBAL_HOOK__={supportsFiber:true,inject(i){this.bundleType=i.bundleType;return 1},checkDCE(){}}`
 * (`checkDCE` is called by React's production build to check its development code was stripped).
 */
interface DevtoolsHook {
  supportsFiber: true;
  /** Set by `inject`: React DOM's `bundleType`, 0 for the production build. */
  bundleType?: number;
  onCommitFiberRoot?(renderer: number, root: FiberRoot): void;
  onCommitFiberUnmount?(): void;
}

function hookOf(target: object): DevtoolsHook {
  const hook = (target as Record<string, unknown>)[hookKey] as DevtoolsHook | undefined;
  if (!hook) throw new Error(`no ${hookKey} was installed before React DOM loaded`);
  return hook;
}

/** React DOM's `bundleType` as it announced itself to the hook: 0 is the production build. */
export function reactBundleType(target: object): number | undefined {
  return hookOf(target).bundleType;
}

/**
 * Starts recording commits on the stub hook. React looks up `onCommitFiberRoot` at every commit,
 * so it can be added after React DOM has loaded.
 */
export function recordCommits(target: object): CommitLog {
  const log: CommitLog = { commits: [] };
  record(hookOf(target), log);
  return log;
}

function record(hook: DevtoolsHook, log: CommitLog): void {
  // The fibers of each root's last committed tree. A fiber React did not touch in a commit is
  // the very object it was before, with the flags of whatever render last reached it: only
  // fibers new to this tree are judged by their flags.
  const previous = new WeakMap<FiberRoot, WeakSet<Fiber>>();

  const rerendered = (root: FiberRoot): RenderedComponent[] => {
    const before = previous.get(root);
    const now = new WeakSet<Fiber>();
    const found: RenderedComponent[] = [];
    const stack: [Fiber, readonly ComponentRef[]][] = [[root.current, []]];
    for (let next = stack.pop(); next; next = stack.pop()) {
      const [fiber, ancestors] = next;
      now.add(fiber);
      let inner = ancestors;
      if (componentTags.has(fiber.tag)) {
        const ref = refOf(fiber);
        // `alternate` present: an update of a mounted component, not a first mount.
        const worked = (fiber.flags & PerformedWork) !== 0 && fiber.alternate !== null;
        if (worked && !before?.has(fiber)) found.push({ ...ref, ancestors });
        inner = [ref, ...ancestors];
      }
      if (fiber.sibling) stack.push([fiber.sibling, ancestors]);
      if (fiber.child) stack.push([fiber.child, inner]);
    }
    previous.set(root, now);
    return found;
  };

  hook.onCommitFiberRoot = (_renderer, root) => {
    log.commits.push(rerendered(root));
  };
  hook.onCommitFiberUnmount = () => {};
}
