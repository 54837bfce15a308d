export {
  CapabilityStatus,
  type CapabilityStatusMessages,
  type CapabilityStatusProps,
} from './CapabilityStatus.js';
