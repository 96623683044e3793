/** Read-only views of what a fake recorded: sent messages and user context data. */
@NullMarked
package dev.fakecognito.recording;

import org.jspecify.annotations.NullMarked;
