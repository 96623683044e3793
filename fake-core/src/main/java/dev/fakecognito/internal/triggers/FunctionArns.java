package dev.fakecognito.internal.triggers;

import java.util.regex.Pattern;

/**
 * Lambda function ARNs: checking the ones tests register, and making the ones the fake attaches.
 *
 * <p>A function ARN is {@code arn:<partition>:lambda:<region>:<account>:function:<name>}, with an
 * optional {@code :<version or alias>} after it
 * (https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html#API_GetFunction_RequestSyntax).
 */
public final class FunctionArns {

  /** The account of every ARN the fake makes up, as in its pool ARNs. */
  public static final String ACCOUNT_ID = "123456789012";

  private static final String SHAPE =
      "arn:<partition>:lambda:<region>:<12-digit account>:function:<name>[:<version or alias>]";
  private static final Pattern PARTITION = Pattern.compile("aws(-[a-z]+)*");
  private static final Pattern REGION = Pattern.compile("(?:eusc-[a-z]{2}|[a-z]{2})-(gov-)?[a-z]+-\\d");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern QUALIFIER = Pattern.compile("\\$LATEST|[A-Za-z0-9_-]{1,128}");

  private FunctionArns() {}

  /**
   * Checks that {@code arn} is a Lambda function ARN.
   *
   * @throws IllegalArgumentException naming the part that is wrong
   */
  public static void check(String arn) {
    String[] parts = arn.split(":", -1);
    if (parts.length < 7 || parts.length > 8 || !parts[0].equals("arn")) {
      throw invalid(arn, "it must have the shape " + SHAPE);
    }
    if (!PARTITION.matcher(parts[1]).matches()) {
      throw invalid(arn, "partition '" + parts[1] + "' must be aws, aws-cn, aws-us-gov or another aws-* partition");
    }
    if (!parts[2].equals("lambda")) {
      throw invalid(arn, "service '" + parts[2] + "' must be lambda");
    }
    if (!REGION.matcher(parts[3]).matches()) {
      throw invalid(arn, "region '" + parts[3] + "' must look like an AWS region, e.g. us-east-1");
    }
    if (!ACCOUNT.matcher(parts[4]).matches()) {
      throw invalid(arn, "account '" + parts[4] + "' must be 12 digits");
    }
    if (!parts[5].equals("function")) {
      throw invalid(arn, "resource type '" + parts[5] + "' must be function");
    }
    if (!NAME.matcher(parts[6]).matches()) {
      throw invalid(arn, "function name '" + parts[6] + "' must be 1 to 64 letters, digits, hyphens or underscores");
    }
    if (parts.length == 8 && !QUALIFIER.matcher(parts[7]).matches()) {
      throw invalid(arn, "qualifier '" + parts[7] + "' must be $LATEST, a version number or an alias");
    }
  }

  /**
   * The ARN the fake gives a function it attaches to a pool: one per pool and trigger, so that
   * attaching again replaces the handler, and readable in trigger invocations.
   */
  public static String attached(String region, String userPoolId, String trigger) {
    String poolSuffix = userPoolId.substring(userPoolId.indexOf('_') + 1);
    return "arn:aws:lambda:" + region + ":" + ACCOUNT_ID + ":function:" + trigger + "-" + poolSuffix;
  }

  private static IllegalArgumentException invalid(String arn, String problem) {
    return new IllegalArgumentException("functionArn (" + arn + ") is not a Lambda function ARN: " + problem);
  }
}
