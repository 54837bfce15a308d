export {
  CapabilityStatus,
  type CapabilityStatusClassNames,
  type CapabilityStatusMessages,
  type CapabilityStatusProps,
} from './CapabilityStatus.js';
