/**
 * English texts: validation of the answers (field checks, step schemas, reading answers files) and
 * the command-line generator's messages ('cli.*'). Ids are '<area>.<name>'; placeholders '{name}'
 * are the typed parameters. `{label}` is always a field label message (labelOf), never English text.
 */
export const validationEn = {
  // Field checks (src/domain/field-checks.ts)
  'validation.required': '{label} is required.',
  'validation.token.spaces':
    "{label} cannot contain spaces or '?' — the ASA command line cannot accept them.",
  'validation.token.printable':
    '{label} can only contain printable ASCII characters (no accents, symbols outside ASCII or control characters).',
  'validation.name.charset': "{label}: use 1–{max} letters, digits, '_', '.' or '-'.",
  'validation.name.reserved': '{label}: "{value}" is an ASA keyword; choose another name.',
  'validation.interfaceName.charset':
    "{label}: use 1–{max} letters, digits, '_', '.' or '-' (e.g. outside).",
  'validation.secret.length': '{label} must be 1–{max} characters.',
  'validation.hostAddress.format': '{label}: enter an IPv4 address such as 192.0.2.10.',
  'validation.hostAddress.unusable': '{label}: {value} is not a usable host address.',
  'validation.hostName.format':
    '{label}: enter an IP address or a valid host name (e.g. {example}).',
  'validation.domain.format': '{label}: enter a domain name such as example.com.',
  'validation.mask.format': '{label}: enter a subnet mask such as 255.255.255.0.',
  'validation.mask.contiguous':
    '{label}: {value} is not a valid subnet mask (the ones must be contiguous).',
  'validation.integer.range': '{label} must be a whole number from {min} to {max}.',
  'validation.integer.digits': '{label} must be a whole number of up to {digits} digits.',
  'validation.network.invalid':
    '{label}, line {line}: "{text}" is not a network; use CIDR (10.1.1.0/24) or address and mask (10.1.1.0 255.255.255.0).',
  'validation.network.invalidOrAny':
    '{label}, line {line}: "{text}" is not a network; use CIDR (10.1.1.0/24) or address and mask (10.1.1.0 255.255.255.0), or any.',
  'validation.network.hostBits':
    '{label}, line {line}: {text} has host bits set — did you mean {network}?',
  'validation.interfaceList.entry': '{label} ({entry})',
  'validation.connectionName.charset':
    "{label}: use 1–{max} letters, digits, spaces, '_', '.', '-' or parentheses.",
  /** Several problems of one field, one after the other. */
  'validation.list.more': '{first} {next}',

  // Schema builders (src/domain/schema-kit.ts): wrong JSON types in answers files, and spaces.
  'validation.type.text': '{label} must be text.',
  'validation.type.number': '{label} must be a number.',
  'validation.type.list': '{label} must be text, one entry per line.',
  'validation.type.boolean': '{label} must be true or false.',
  'validation.type.choice': '{label} must be one of: {values}.',
  'validation.spacesAround': '{label}: remove the spaces before or after the value.',
  /** What zod itself says about a value of the wrong shape (a step that is not an object, say). */
  'validation.invalid': 'Invalid input',

  // Step schemas (src/domain/step-schemas/)
  'validation.clientType.only': 'Only "{label}" is supported.',
  'validation.ppp.none': 'Select at least one PPP authentication type.',
  'validation.psk.length': "{label} must be 1–{max} characters, with no spaces or '?'.",
  'validation.tunnelGroup.psk':
    'With a pre-shared key, native clients always land on {group}; the {label} must be {group}.',
  'validation.aaaServerGroup.local':
    '{label} cannot be LOCAL; LOCAL is the built-in user database.',
  'validation.aaaSecretKey.required': '{label}: enter the shared secret configured on the server.',
  'validation.confirm.mismatch': '{label} does not match the {other}.',
  'validation.pool.order':
    '{endLabel} {end} is before {startLabel} {start}; the start must not be after the end.',
  'validation.pool.subnet':
    'The pool must lie inside one subnet of the mask: {start} and {end} are in different /{prefix} subnets.',
  'validation.esp.null':
    '{label} esp-null sends VPN traffic unencrypted; choose esp-aes-256, esp-aes or esp-3des.',
  'validation.esp.none':
    '{label} esp-none leaves VPN traffic without integrity protection; choose esp-sha-hmac.',
  'validation.server.primaryRequired': '{label} is required when a {other} is set.',
  'validation.exemptNetworks.empty':
    '{label}: enter at least one network (or any), or untick {toggle}.',
  'validation.splitNetworks.empty': '{label}: enter at least one network, or untick {toggle}.',

  // Local users (step 6): a user is named by its name, or by its place in the list ({who}).
  'validation.users.list': '{label} must be a list of {shape}.',
  'validation.user.position': 'user {n}',
  'validation.user.named': 'user "{name}"',
  /** The user being added on step 6, which has no place in the list yet. */
  'validation.user.this': 'this user',
  'validation.user.fieldOf': '{field} of {who}',
  'validation.user.fieldNamed': '{field} "{name}"',
  'validation.user.duplicate':
    '{label} {name} appears more than once; each user can be added once.',
  'validation.password.tooShort': '{label} must be at least {min} characters.',
  'validation.user.confirmMismatch': 'Confirm Password does not match Password.',

  // Reading answers files (src/domain/parse-answers.ts, src/wizard/read-answers.ts)
  'validation.file.notObject': 'The answers must be a JSON object.',
  'validation.file.unknownKey': 'Unknown setting "{field}"; check its spelling against {schema}.',
  'validation.file.notJson': 'The file is not valid JSON.',
  /** One reason a file is refused: the field path stays as in the file. */
  'validation.file.reason': '{field}: {message}',

  // The command-line generator (scripts/generate-command.ts); option names stay as typed.
  'cli.usage.line': 'Usage: {command}',
  'cli.usage.intro': 'Prints, from a wizard answers file (see {schema}):',
  'cli.usage.formatAsa': 'the Cisco ASA configuration (default)',
  'cli.usage.formatWindows': 'the Windows client checklist as plain text',
  'cli.usage.formatMarkdown': 'the Windows client checklist as Markdown',
  'cli.usage.lang': 'the language of the messages: en (default) or ja',
  'cli.usage.help': 'show this help',
  'cli.error.formatValue': '--format needs a value.',
  'cli.error.langValue': '--lang needs a value.',
  'cli.error.unknownOption': 'Unknown option {option}.',
  'cli.error.unknownFormat': 'Unknown format "{format}".',
  'cli.error.unknownLang': 'Unknown language "{lang}"; use en or ja.',
  'cli.error.missingFile': 'Missing the answers file.',
  'cli.error.twoFiles': 'Give exactly one answers file.',
  'cli.error.cannotRead': 'cannot read the answers file {file}: {reason}',
  'cli.error.noSuchFile': 'no such file',
  'cli.error.directory': 'it is a directory',
  'cli.error.notJson': '{file} is not valid JSON: {reason}',
  'cli.issue.error': '{field}: {message}',
  'cli.issue.warning': 'warning: {field}: {message}',
} as const;
