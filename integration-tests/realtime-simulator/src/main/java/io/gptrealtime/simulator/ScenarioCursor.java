package io.gptrealtime.simulator;

/**
 * A session's position in its {@link Scenario}, applying the matching rules documented there. Owned by the session's
 * event loop.
 */
final class ScenarioCursor {

    private final Scenario scenario;
    /** Index of the open turn; -1 before the first. Owner: Event loop of the session. */
    private int index = -1;
    /** Whether the open turn's main reply was used. Owner: Event loop of the session. */
    private boolean answered = true;
    /** Owner: Event loop of the session. */
    private int followUpsUsed;
    /** Owner: Event loop of the session. */
    private int outOfBandUsed;
    /** Owner: Event loop of the session. */
    private boolean newUserInput;
    /** Owner: Event loop of the session. */
    private boolean newFunctionOutput;

    ScenarioCursor(Scenario scenario) {
        this.scenario = scenario;
    }

    /** A user input arrived (committed audio or a user message). Returns its turn, or null past the script. */
    Turn userInput() {
        if (answered) {
            index++;
            answered = false;
            followUpsUsed = 0;
        }
        newUserInput = true;
        return currentTurn();
    }

    void functionOutput() {
        newFunctionOutput = true;
    }

    /** The reply for a response written to the conversation. */
    Reply nextReply() {
        Reply reply;
        if (newFunctionOutput && !newUserInput && index >= 0 && answered) {
            Turn turn = currentTurn();
            reply = turn != null && followUpsUsed < turn.followUps().size()
                    ? turn.followUps().get(followUpsUsed++)
                    : scenario.fallbackReply();
        } else if (!answered) {
            answered = true;
            reply = replyOf(currentTurn());
        } else {
            // no new input (a greeting, a nudge): the next turn answers
            index++;
            followUpsUsed = 0;
            answered = true;
            reply = replyOf(currentTurn());
        }
        newUserInput = false;
        newFunctionOutput = false;
        return reply;
    }

    Reply nextOutOfBandReply() {
        return outOfBandUsed < scenario.outOfBandReplies().size()
                ? scenario.outOfBandReplies().get(outOfBandUsed++)
                : scenario.fallbackReply();
    }

    String transcriptFor(Turn turn) {
        return turn != null && turn.userTranscript() != null ? turn.userTranscript()
                : scenario.fallbackUserTranscript();
    }

    boolean alwaysTranscribe() {
        return scenario.alwaysTranscribe();
    }

    private Turn currentTurn() {
        return index >= 0 && index < scenario.turns().size() ? scenario.turns().get(index) : null;
    }

    private Reply replyOf(Turn turn) {
        return turn != null && turn.reply() != null ? turn.reply() : scenario.fallbackReply();
    }
}
