/**
 * The administrator's answers: one object per wizard step, keyed by the step id (the same id the
 * step registry, the routes and the schemas use). Numbers are kept as the text the user typed so
 * that nothing typed is lost while it is invalid; the schema checks them. Network lists are text,
 * one entry per line, exactly as the textarea holds them.
 */
import { msg, type Msg } from '../i18n/catalogue';
import type {
  AaaProtocol,
  AsaVersion,
  AuthMethod,
  DhGroup,
  EspAuthentication,
  EspEncryption,
  IkeEncryption,
  IkeHash,
  PfsGroup,
  PppType,
  UserDatabase,
} from './options';

export interface IntroductionAnswers {
  asaVersion: AsaVersion;
  outsideInterface: string;
  insideInterface: string;
  /** Further interface names (e.g. dmz), one per line. */
  otherInterfaces: string;
}

export interface TunnelInterfaceAnswers {
  vpnInterface: string;
  /** `sysopt connection permit-vpn` */
  bypassInterfaceAcls: boolean;
  /** Address end users connect to: IPv4 or DNS name (client steps only). */
  publicAddress: string;
  /** The ASA's outside address is itself translated (client NAT-T registry step). */
  asaBehindNat: boolean;
}

export interface RemoteAccessClientAnswers {
  clientType: 'windows-l2tp';
  ppp: Record<PppType, boolean>;
}

export interface AuthMethodAnswers {
  method: AuthMethod;
  preSharedKey: string;
  /** Forced to DefaultRAGroup with a pre-shared key. */
  tunnelGroupName: string;
  /** Certificate only. */
  trustpoint: string;
}

export interface ClientAuthenticationAnswers {
  userDatabase: UserDatabase;
  aaaServerGroup: string;
  aaaProtocol: AaaProtocol;
  aaaServerIp: string;
  aaaInterface: string;
  aaaSecretKey: string;
  aaaSecretKeyConfirm: string;
}

export interface LocalUser {
  username: string;
  password: string;
}

export interface UserAccountsAnswers {
  users: LocalUser[];
  /** Emit `service-type remote-access` so VPN users get no management access. */
  vpnOnly: boolean;
}

export interface AddressPoolAnswers {
  poolName: string;
  startIp: string;
  endIp: string;
  subnetMask: string;
}

export interface IkePolicyAnswers {
  priority: string;
  encryption: IkeEncryption;
  hash: IkeHash;
  dhGroup: DhGroup;
  lifetime: string;
}

export interface TransformSetAnswers {
  transformSetName: string;
  espEncryption: EspEncryption;
  espAuthentication: EspAuthentication;
  dynamicMapName: string;
  dynamicMapSequence: string;
  cryptoMapName: string;
  cryptoMapSequence: string;
  /** Empty = the ASA's default lifetime. */
  saLifetime: string;
}

export interface ClientAttributesAnswers {
  groupPolicyName: string;
  dnsPrimary: string;
  dnsSecondary: string;
  winsPrimary: string;
  winsSecondary: string;
  defaultDomain: string;
}

export interface IpsecSettingsAnswers {
  natExempt: boolean;
  natInsideInterface: string;
  /** `any` or networks (CIDR or address + mask), one per line. */
  exemptNetworks: string;
  poolObjectName: string;
  splitTunnel: boolean;
  /** Networks (CIDR or address + mask), one per line. */
  splitNetworks: string;
  splitAclName: string;
  interceptDhcp: boolean;
  interceptDhcpNetmask: string;
  /** Internet access for full-tunnel clients (same-security-traffic + outside PAT). */
  hairpin: boolean;
  pfs: boolean;
  pfsGroup: PfsGroup;
}

/** Options of the end-user handout; not ASA configuration. */
export interface ClientOptions {
  connectionName: string;
  includeKeyInHandout: boolean;
}

export interface Answers {
  introduction: IntroductionAnswers;
  tunnelInterface: TunnelInterfaceAnswers;
  remoteAccessClient: RemoteAccessClientAnswers;
  authMethod: AuthMethodAnswers;
  clientAuthentication: ClientAuthenticationAnswers;
  userAccounts: UserAccountsAnswers;
  addressPool: AddressPoolAnswers;
  ikePolicy: IkePolicyAnswers;
  transformSet: TransformSetAnswers;
  clientAttributes: ClientAttributesAnswers;
  ipsecSettings: IpsecSettingsAnswers;
  clientOptions: ClientOptions;
}

/**
 * The 12 steps in wizard order (reference.md §2); their titles are messages (stepTitle). This is the only ordered list of
 * steps: the wizard's registry attaches a form component to each id and derives routes, the step
 * list and Next/Back from it.
 */
export const STEPS = [
  { id: 'introduction' },
  { id: 'tunnelInterface' },
  { id: 'remoteAccessClient' },
  { id: 'authMethod' },
  { id: 'clientAuthentication' },
  { id: 'userAccounts' },
  { id: 'addressPool' },
  { id: 'ikePolicy' },
  { id: 'transformSet' },
  { id: 'clientAttributes' },
  { id: 'ipsecSettings' },
  { id: 'summary' },
] as const;
export type StepId = (typeof STEPS)[number]['id'];

/** A step's title as a message, shown in the current language. */
export const stepTitle = (id: StepId): Msg => msg(`step.${id}.title`);
/** Steps that own answers (the Summary owns none). */
export type AnswerStepId = Exclude<StepId, 'summary'>;
