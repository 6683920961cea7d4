/** The invitation mailed to an imported enterprise's contact (plain text; the server's only). English in invite-mail-en.ts. */
export const inviteMailKo = {
  subject: '[시웃월드] {{name}} 부스 초대',
  body: '안녕하세요, 담당자님.\n\n시웃월드 가상 박람회에 {{name}}의 부스가 준비되었습니다. 아래 링크에서 계정을 만들면 스튜디오에서 부스를 꾸밀 수 있습니다.\n\n{{url}}\n\n링크는 한 번만 쓸 수 있고 {{date}}까지 유효합니다. 요청하지 않으셨다면 이 메일을 무시해 주세요.',
};
