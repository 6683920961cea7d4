/**
 * Sign-in, first setup, invitations and password resets (namespace 'account'), plus what every
 * private page shares: roles, the signed-in bar, form and API error sentences. English in
 * account-en.ts. Loaded with the private pages' chunk (client/account/i18n.ts), not with the landing page.
 */
export const accountKo = {
  // Roles (shared/api/account.ts ROLES)
  roleAdmin: '관리자',
  roleModerator: '운영 스태프',
  roleEnterprise: '기업 담당자',

  // Signed-in bar and gate
  accountBar: '로그인 정보',
  signedInAs: '{{name}} 님 ({{role}})',
  signOut: '로그아웃',
  checking: '로그인 상태를 확인하는 중입니다…',
  loadFailed: '로그인 상태를 확인하지 못했습니다.',
  loadingPage: '화면을 불러오는 중입니다…',

  // Forms
  errorSummaryTitle: '입력한 내용을 확인해 주세요',
  sending: '보내는 중입니다…',
  fieldEmail: '이메일',
  fieldPassword: '비밀번호',
  fieldNewPassword: '새 비밀번호',
  fieldPasswordAgain: '비밀번호 확인',
  fieldName: '이름',
  fieldCode: '설정 코드',
  hintPassword: '10자 이상으로 정해 주세요. 문장처럼 길게 정하면 기억하기 쉽고 안전합니다.',
  hintPasswordAgain: '같은 비밀번호를 한 번 더 입력하세요.',
  hintName: '다른 사람에게 보이는 이름입니다 (40자 이하).',

  // Field errors (client checks with the shared schemas, and the server's `fields`)
  errEmail: '이메일 주소를 name@example.kr 형식으로 입력해 주세요.',
  errPassword: '비밀번호는 10자 이상 200자 이하로 입력해 주세요.',
  errPasswordRequired: '비밀번호를 입력해 주세요.',
  errPasswordMatch: '두 비밀번호가 같지 않습니다. 다시 입력해 주세요.',
  errName: '이름을 1자 이상 40자 이하로 입력해 주세요.',
  errCode: '서버 로그에 나온 설정 코드를 입력해 주세요.',
  errField: '이 칸의 내용을 확인해 주세요.',

  // API errors (shared/api/account.ts ACCOUNT_ERRORS, and the client's own)
  errBadCredentials: '이메일 또는 비밀번호가 맞지 않습니다.',
  errRateLimited: '로그인 시도가 너무 많습니다. {{wait}} 다시 시도해 주세요.',
  errDisabled: '사용이 중지된 계정입니다. 센터 관리자에게 문의해 주세요.',
  errBadSetupCode: '설정 코드가 맞지 않습니다. 서버 로그에 나온 코드를 다시 확인해 주세요.',
  errEmailTaken: '이미 가입된 이메일입니다. 로그인하거나 다른 이메일을 써 주세요.',
  errInvalid: '서버가 입력한 내용을 받아들이지 않았습니다. 표시된 칸을 확인해 주세요.',
  errUnauthorized: '로그인이 끝났습니다. 다시 로그인해 주세요.',
  errForbidden: '이 계정으로는 할 수 없는 일입니다.',
  errCsrf: '보안 확인이 맞지 않습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.',
  errUnknownBooth: '전시에 없는 부스입니다.',
  errNotFound: '찾는 항목이 없습니다.',
  errNetwork: '서버에 연결하지 못했습니다. 인터넷 연결을 확인하고 다시 시도해 주세요.',
  errServer: '서버에서 문제가 생겼습니다. 잠시 뒤 다시 시도해 주세요.',

  // /login
  loginTitle: '로그인',
  loginLead: '센터 스태프와 기업 담당자가 로그인하는 곳입니다. 방문객은 로그인하지 않고 전시를 둘러볼 수 있습니다.',
  loginSubmit: '로그인',
  loginForgot: '비밀번호를 잊었다면 센터 관리자에게 재설정 링크를 요청하세요.',
  loginSetupNeeded: '아직 관리자 계정이 없습니다.',
  loginSetupLink: '처음 설정하기',
  alreadySignedIn: '이미 {{name}} 님으로 로그인되어 있습니다.',
  toAdmin: '관리 화면으로',
  toStudio: '내 부스 관리로',
  toLogin: '로그인하기',

  // /setup
  setupTitle: '처음 설정',
  setupLead: '시웃월드의 첫 관리자 계정을 만듭니다. 이 화면은 관리자가 한 명도 없을 때만 쓸 수 있습니다.',
  setupCodeHint: '서버가 처음 시작할 때 서버 로그에 한 번 출력한 코드입니다. 로그에서 “/setup”이 들어간 줄을 찾으세요. 로그를 볼 수 없다면 서버에서 npm run admin:create 로 관리자를 만들 수 있습니다.',
  setupSubmit: '관리자 계정 만들기',
  setupDone: '설정은 이미 끝났습니다. 관리자 계정으로 로그인하세요.',

  // /invite/:token and /reset/:token
  linkChecking: '링크를 확인하는 중입니다…',
  linkUnknown: '올바르지 않은 링크입니다. 주소를 끝까지 복사했는지 확인하거나, 링크를 보낸 담당자에게 새 링크를 요청하세요.',
  linkUsed: '이미 사용한 링크입니다. 가입이나 변경을 마쳤다면 로그인하세요.',
  linkExpired: '기한이 지난 링크입니다. 링크를 보낸 담당자에게 새 링크를 요청하세요.',
  linkExpires: '이 링크는 {{date}}까지 쓸 수 있고, 한 번만 쓸 수 있습니다.',
  inviteTitle: '초대 수락',
  inviteForRole: '{{role}}로 초대되었습니다.',
  inviteForBooth: '‘{{booth}}’ 부스의 {{role}}로 초대되었습니다.',
  inviteLead: '이름과 이메일, 비밀번호를 정하면 바로 시작할 수 있습니다.',
  inviteSubmit: '가입하고 시작하기',
  resetTitle: '비밀번호 재설정',
  resetFor: '{{email}} 계정의 새 비밀번호를 정하세요. 다른 기기의 로그인은 모두 끝납니다.',
  resetSubmit: '비밀번호 바꾸기',
};
