package com.clinicnetwork.audit;

/**
 * The outcome of walking a service's audit chain.
 *
 * @param valid         whether every chained record matches its hash and links to the one before it, up to the head
 * @param checked       how many chained records were checked
 * @param firstBrokenId the first record at which the chain does not hold, null when valid
 * @param reason        what is wrong there, null when valid
 * @param unchained     records written before the chain existed, not verifiable
 * @param headHash      the hash the chain ends with: note it elsewhere to detect a later rewrite of the whole chain
 */
public record ChainVerification(boolean valid, long checked, Long firstBrokenId, String reason, long unchained,
        String headHash) {

    static ChainVerification broken(long checked, long id, String reason, long unchained, String headHash) {
        return new ChainVerification(false, checked, id, reason, unchained, headHash);
    }
}
