export { DEFAULT_PROTOCOL } from './default-protocol.ts';
export {
  actionKey,
  type ConcernRecord,
  type DueAction,
  dueActions,
  dueActionsPinned,
  dueInstant,
  newDueActions,
  type ProtocolCaseFacts,
  protocolInForce,
  ruleMatches,
} from './engine.ts';
export {
  addDays,
  endOfLocalDay,
  kazakhstanOffsetMinutes,
  localDateOf,
  localDayHours,
  startOfLocalDate,
} from './kazakhstan-time.ts';
export {
  KDN_DECISION_TASKS,
  KDN_DECISION_TYPES,
  KDN_TASK_KINDS,
  type KdnDecision,
  type KdnDecisionType,
  type KdnTaskTemplate,
  kdnDecisionTasks,
} from './kdn.ts';
export {
  alertDispatch,
  DEFAULT_DISPATCH_POLICY,
  DISPATCH_STATUSES,
  type Dispatch,
  type DispatchEscalation,
  type DispatchEscalationPolicy,
  type DispatchEvent,
  type DispatchRefusal,
  type DispatchResponseTimes,
  type DispatchStatus,
  dispatchEscalations,
  dispatchTransition,
  responseTimes,
} from './mobile-dispatch.ts';
export {
  IMMEDIATELY_HOURS,
  PROTOCOL_ACTIONS,
  type Protocol,
  type ProtocolAction,
  type ProtocolError,
  type ProtocolInput,
  type ProtocolParse,
  type ProtocolRule,
  parseProtocol,
  parseProtocolJson,
  protocolSchema,
  protocolToJson,
  protocolToPlain,
  type Within,
} from './protocol-schema.ts';
export {
  RESOLUTION_ORDER,
  type ResolutionLevel,
  type ResolutionStep,
  resolutionSteps,
} from './resolution.ts';
export {
  PREVENTION_ACTIVITIES,
  PREVENTION_PARTICIPANTS,
  type PreventionActivity,
  type PreventionActivityTemplate,
  type PreventionParticipant,
  TERTIARY_PREVENTION_TEMPLATES,
  tertiaryPreventionPlan,
} from './tertiary-prevention.ts';
