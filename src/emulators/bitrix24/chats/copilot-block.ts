/** The static BitrixGPT block `im.recent.list` always carries (the emulator has no copilot chats). */
export const COPILOT_BLOCK = {
  chats: null,
  messages: null,
  roles: {
    copilot_assistant: {
      code: 'copilot_assistant',
      name: 'BitrixGPT',
      desc: 'Ready to answer all questions in a general format',
      avatar: { small: '', medium: '', large: '' },
      default: true,
      prompts: [],
    },
  },
  recommendedRoles: ['copilot_assistant'],
} as const;
