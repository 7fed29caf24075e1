package io.gptrealtime.camel.telephony.sip;

import java.util.Properties;

import gov.nist.core.ServerLogger;
import gov.nist.core.StackLogger;
import gov.nist.javax.sip.message.SIPMessage;
import javax.sip.SipStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN-SIP's loggers routed to SLF4J. The stack's default logger needs log4j 1.2 (a provided dependency of
 * jain-sip-ri, so absent at run time); the stack instantiates these by class name, hence public no-arg classes.
 */
public final class JainSipLogging {

    static final Logger LOG = LoggerFactory.getLogger("io.gptrealtime.camel.telephony.sip.JainSip");

    private JainSipLogging() {
    }

    /** The stack's diagnostic log. */
    public static final class Stack implements StackLogger {
        @Override
        public void logStackTrace() {
        }

        @Override
        public void logStackTrace(int traceLevel) {
        }

        @Override
        public int getLineCount() {
            return 0;
        }

        @Override
        public void logException(Throwable ex) {
            LOG.debug("JAIN-SIP exception", ex);
        }

        @Override
        public void logDebug(String message) {
            LOG.trace(message);
        }

        @Override
        public void logDebug(String message, Exception ex) {
            LOG.trace(message, ex);
        }

        @Override
        public void logTrace(String message) {
            LOG.trace(message);
        }

        @Override
        public void logFatalError(String message) {
            LOG.error(message);
        }

        @Override
        public void logError(String message) {
            LOG.debug(message);
        }

        @Override
        public boolean isLoggingEnabled() {
            return LOG.isDebugEnabled();
        }

        @Override
        public boolean isLoggingEnabled(int logLevel) {
            return logLevel <= TRACE_WARN ? LOG.isDebugEnabled() : LOG.isTraceEnabled();
        }

        @Override
        public void logError(String message, Exception ex) {
            LOG.debug(message, ex);
        }

        @Override
        public void logWarning(String message) {
            LOG.debug(message);
        }

        @Override
        public void logInfo(String message) {
            LOG.trace(message);
        }

        @Override
        public void disableLogging() {
        }

        @Override
        public void enableLogging() {
        }

        @Override
        public void setBuildTimeStamp(String buildTimeStamp) {
        }

        @Override
        public void setStackProperties(Properties stackProperties) {
        }

        @Override
        public String getLoggerName() {
            return LOG.getName();
        }
    }

    /** The stack's message trace: every SIP message in and out, at TRACE. */
    public static final class Messages implements ServerLogger {
        @Override
        public void closeLogFile() {
        }

        @Override
        public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
            trace(message, from, to, sender);
        }

        @Override
        public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
            trace(message, from, to, sender);
        }

        @Override
        public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
            trace(message, from, to, sender);
        }

        @Override
        public void logException(Exception ex) {
            LOG.debug("JAIN-SIP exception", ex);
        }

        @Override
        public void setStackProperties(Properties stackProperties) {
        }

        @Override
        public void setSipStack(SipStack sipStack) {
        }

        private static void trace(SIPMessage message, String from, String to, boolean sender) {
            if (LOG.isTraceEnabled()) {
                LOG.trace("{} {} -> {}\n{}", sender ? "sent" : "received", from, to, message.encode());
            }
        }
    }
}
