/** Test controls for threat protection: the risk the fake sees in addresses, passwords and users. */
@NullMarked
package dev.fakecognito.threats;

import org.jspecify.annotations.NullMarked;
