/** Read-only views of what a fake recorded: sent messages, user context data and delivered logs. */
@NullMarked
package dev.fakecognito.recording;

import org.jspecify.annotations.NullMarked;
