/** The workload: users, requests, data and traffic that drive every architecture's usage. */
package dev.cloudplan.core.workload;
